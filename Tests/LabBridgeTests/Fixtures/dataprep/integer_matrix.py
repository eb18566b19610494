import numpy as np
rng = np.random.default_rng(99)
A = rng.integers(0, 10, size=(3, 3))
print(A)
print(A.T)
print(A.min(axis=1), A.argmax())
