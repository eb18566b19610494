import numpy as np
from numpy.random import default_rng

np.random.seed(0)
print(np.random.rand(), repr(np.random.rand(3)), repr(np.random.randn(2, 2)), np.random.randn())
print(repr(np.random.randint(10)), repr(np.random.randint(5, 10, size=4)), repr(np.random.randint(0, 2**40, size=2)))
print(repr(np.random.choice(5)), repr(np.random.choice([1.5, 2.5, 3.5])), repr(np.random.choice(10, 3, replace=False)))
print(repr(np.random.choice(4, size=5, p=[0.1, 0.2, 0.3, 0.4])), repr(np.random.choice(4, 3, replace=False, p=[0.1, 0.2, 0.3, 0.4])))
print(repr(np.random.choice([10, 20, 30], size=(2, 2))), repr(np.random.choice(np.array([True, False]), 3)))
x = list(range(6))
np.random.shuffle(x)
print(x)
print(repr(np.random.permutation(6)), repr(np.random.permutation([1.0, 2.0, 3.0])))
print(repr(np.random.normal(5, 2, size=3)), np.random.normal(), repr(np.random.uniform(-1, 1, 3)), np.random.uniform())
print(repr(np.random.random((2,))), repr(np.random.random_sample()), repr(np.random.standard_normal(3)))
a = np.arange(6).reshape(3, 2)
np.random.shuffle(a)
print(repr(a))
print(repr(np.random.rand(0)), repr(np.random.randint(3, size=(2, 0))), np.random.randint(-5, -1))
np.random.seed(42)
data = np.random.randn(100)
print(round(float(np.mean(data)), 6), round(float(np.std(data)), 6), repr(data[:3]))
idx = np.random.permutation(10)
print(idx[:7], idx[7:])
np.random.seed(7)
print([np.random.randint(1, 7) for _ in range(10)])
rs = np.random.RandomState(1)
print(rs, repr(rs.rand(2)), repr(rs.randint(0, 10, 3)), repr(rs.normal(0, 1, 2)))
rs.seed(1)
print(repr(rs.rand(2)))
print(np.random.rand(2).shape, np.random.randn(2, 3).shape)
for bad in [lambda: np.random.seed(-1), lambda: np.random.randint(5, 5), lambda: np.random.choice(3, 4, replace=False),
            lambda: np.random.choice(3, p=[0.5, 0.6, 0.1]), lambda: np.random.choice(3, p=[0.5, 0.5]), lambda: np.random.normal(0, -1),
            lambda: np.random.choice(0), lambda: np.random.choice([]), lambda: np.random.choice(3, p=[1.5, -0.5, 0]),
            lambda: np.random.seed(1.5), lambda: np.random.choice(3, p=[float('nan'), 0.5, 0.5]),
            lambda: np.random.choice(3, 3, replace=False, p=[1, 0, 0]), lambda: np.random.choice([[1, 2], [3, 4]]),
            lambda: np.random.uniform(0, float('inf')), lambda: np.random.randint(2**33, size=3, dtype=np.int64).shape]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

rng = np.random.default_rng(42)
print(rng)
print(repr(rng.random()), repr(rng.random(3)), repr(rng.integers(10)), repr(rng.integers(0, 100, size=5)), repr(rng.integers(1, 7, endpoint=True)))
print(repr(rng.choice(5)), repr(rng.choice([1.5, 2.5])), repr(rng.choice(10, 3, replace=False)), repr(rng.choice(100000, 3, replace=False)))
print(repr(rng.choice(4, 2, p=[0.1, 0.2, 0.3, 0.4])), repr(rng.choice(4, 2, replace=False, p=[0.1, 0.2, 0.3, 0.4])))
x = list(range(6))
rng.shuffle(x)
print(x, repr(rng.permutation(5)), repr(rng.uniform(0, 10, 2)), repr(rng.uniform()))
print(repr(rng.integers(3, 10, size=(2, 2))), repr(rng.integers(2**40, size=2)), repr(default_rng(7).integers(0, 2**33, size=3)))
print(repr(default_rng(5).choice(5000, 50, replace=False)))
print(repr(default_rng(5).choice(2000, 50, replace=False)))
rows = np.arange(8).reshape(4, 2)
default_rng(3).shuffle(rows)
print(repr(rows), repr(default_rng(3).permutation(np.array([0.5, 1.5, 2.5]))))
split = default_rng(0).permutation(10)
print(split[:8], split[8:])
for bad in [lambda: rng.integers(5, 5), lambda: np.random.default_rng(-1), lambda: rng.choice(3, 4, replace=False),
            lambda: rng.choice(3, p=[0.5, 0.6, 0.1]), lambda: rng.choice(3, p=[0.5, 0.5]), lambda: rng.choice(3, p=[1.5, -0.5, 0]),
            lambda: rng.choice(3, p=[float('nan'), 0.5, 0.5]), lambda: rng.choice(0), lambda: rng.choice([]),
            lambda: rng.choice(3, 3, replace=False, p=[1, 0, 0]), lambda: rng.integers(1, 0, endpoint=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

np.random.seed(17)
print(np.random.exponential(2.0, 4), np.random.standard_exponential(), np.random.exponential())
print(np.random.RandomState(3).exponential(0.5, size=(2, 2)))
