s = 'a' * 10**6
for i in range(3):
    s = s.replace('', 'xy')
print(len(s), s[:7])
