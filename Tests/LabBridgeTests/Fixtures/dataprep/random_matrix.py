import numpy as np
np.random.seed(99)
m = np.random.randint(0, 100, (3, 4))
print(m)
print(m.sum(axis=0), m.mean(axis=1))
print(np.random.rand(3).tolist())
print(np.random.random(size=(2, 2)))
