import numpy as np
np.random.seed(2)
temps = np.random.normal(20, 5, size=10).round(1)
print(temps)
hot = temps > 22
print(hot, hot.sum(), temps[hot])
print(np.mean(temps[~hot]), repr(~np.array([1, -2])))
