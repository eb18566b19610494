# error: RecursionError: maximum recursion depth exceeded while getting the repr of an object
a = []
for i in range(100000):
    a = [a]
print(a)
