import random
random.seed(9)
for _ in range(60):
    a = [random.randint(-5, 5) for _ in range(random.randint(0, 8))]
    i, j, k = random.randint(-10, 10), random.randint(-10, 10), random.choice([None, 1, 2, -1, -3])
    b = a[:]
    try:
        b[i:j:k] = [0] * len(b[i:j:k]) if k not in (None, 1) else [9, 9]
    except ValueError as e:
        b = str(e)
    c = a[:]
    del c[i:j:k]
    d = dict(zip(a, range(len(a))))
    s = set(a)
    print(a[i:j:k], a[i:j], b, c, sorted(a), sorted(a, key=abs), d, sorted(s), a.count(0), a.index(a[0]) if a else -1,
          list(reversed(a)), a * 2 == a + a, max(a, default=None), min(a, default=None), sum(a), [x for x in a if x > 0],
          {x: a.count(x) for x in s}, s - {0, 1}, sorted(s ^ {2, 3}), tuple(a) < tuple(sorted(a)), a[::-2], len(a[i::k]))
