import numpy as np
rng = np.random.default_rng(2)
m = rng.uniform(-1, 1, size=(3, 2))
print(m)
print(np.abs(m).round(3))
print((m > 0).sum(axis=0))
print(np.sqrt(np.abs(m)).max())
