import numpy as np
np.random.seed(21)
x = np.random.randn(5)
order = np.argsort(x) if hasattr(np, "argsort") else None
print(x.round(3))
print(np.random.randint(1, 4, size=6))
idx = np.random.choice(len(x), 2, replace=False)
print(idx, x[idx].round(3))
