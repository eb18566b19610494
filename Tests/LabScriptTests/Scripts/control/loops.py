for i in range(3):
    print("i =", i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("no break")
for x in []:
    print("never")
else:
    print("empty loop else")
for x in range(3):
    pass
else:
    print("completed", x)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for v in row:
        print(v, end=",")
print()
result = [(x, y) for x in range(3) for y in range(3) if x != y]
print(result)
print([c.upper() for c in "hey" if c != "e"], {w: len(w) for w in ["a", "bb"]})
print([[i * j for j in range(3)] for i in range(3)])
print(sum(x * x for x in range(10)), list(x for x in "abc"), max(len(w) for w in ["aa", "b"]))
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i after loop", i)
if 0:
    print("no")
elif []:
    print("no")
elif "x":
    print("yes elif")
else:
    print("no")
x = 5
print("big" if x > 3 else "small", x > 3 and "and-value", x < 3 or "or-value", not x, 0 or None, 1 and 0)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
print([y := 10, y * 2])
data = [3, 8, 1]
if (m := max(data)) > 5:
    print("max is", m)
