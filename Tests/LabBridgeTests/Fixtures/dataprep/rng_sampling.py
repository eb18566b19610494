import numpy as np
rng = np.random.default_rng(2024)
idx = rng.choice(100, size=10, replace=False)
print(sorted(idx.tolist()))
vals = rng.uniform(0, 1, size=4)
print(vals.round(3))
print(rng.integers(0, 5, size=(2, 3)))
rng2 = np.random.default_rng(2024)
print(rng2.choice(100, size=10, replace=False)[:3])
