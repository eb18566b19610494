import numpy as np
a = np.arange(10)
np.random.seed(5)
np.random.shuffle(a)
print(a, a[:3], a[-2:])
print(a.max(), a.argmax(), a.sum(), a.mean())
b = a.reshape(2, 5)
print(b.sum(axis=1), b.max(axis=0))
