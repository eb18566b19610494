def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
x = 0
while x < 100:
    x = x * 2 + 1
print(x)
flag = False
count = 0
while not flag:
    count += 1
    flag = count >= 3
print(count, flag)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
        depth += 1
    else:
        print("leaf", item)
print("depth", depth)
print(all([]), any([]), not [], not [0], [] == False, bool([]) == False)
a = b = c = 5
a += 1
print(a, b, c)
i, j = 0, 10
while i < j:
    i, j = i + 2, j - 1
print(i, j)
