import numpy as np
rng = np.random.default_rng(8)
x = rng.random(6)
print((x * 100).round(1))
print(x.argmax(), round(float(x.max()), 4), x.shape)
y = rng.permutation(np.arange(6))
print(y, y.tolist())
