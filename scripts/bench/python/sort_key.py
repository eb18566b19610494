# Sorting with key functions.
import random

random.seed(7)
rows = [(random.randint(0, 1000), random.random(), f"name{random.randint(0, 99999)}") for _ in range(30_000)]
a = sorted(rows, key=lambda r: r[0])
b = sorted(rows, key=lambda r: (r[2], -r[0]))
c = sorted(rows, key=lambda r: r[1], reverse=True)
names = sorted(r[2] for r in rows)
words = sorted([r[2] for r in rows], key=len)
print(a[0], a[-1])
print(b[0], b[-1])
print(c[0][2], c[-1][2])
print(names[:3], words[-1])
