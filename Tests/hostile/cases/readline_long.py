# timeout: 60
with open('long.txt', 'w') as f:
    f.write('x' * 10_000_000 + '\n' + 'tail')
with open('long.txt') as f:
    print(len(f.readline()), f.readline())
