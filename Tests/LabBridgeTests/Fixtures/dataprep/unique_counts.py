import numpy as np
np.random.seed(100)
a = np.random.randint(0, 5, size=12)
print(a)
vals, counts = (np.unique(a, return_counts=True) if hasattr(np, "unique") else (None, None))
print(vals, counts)
print(np.random.random() < 0.5, np.random.rand(2, 3).shape)
