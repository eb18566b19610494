import numpy as np
np.random.seed(8)
vals = np.random.uniform(0, 1000, 12)
print(vals)
print(np.random.normal(0, 1e-4, 3))
print(np.random.randint(-1000, 1000, 5))
