import numpy as np
np.random.seed(31)
data = np.random.randn(4, 2)
print(data)
print(np.round(data.mean(axis=0), 4), np.round(data.std(axis=0), 4))
norm = (data - data.mean(axis=0)) / data.std(axis=0)
print(np.round(norm, 2))
