# error: MemoryError
s = 'a' * 10**6
for i in range(5):
    s = s.replace('', 'xy')
