import numpy as np
np.random.seed(7)
x = np.linspace(0, 1, 6)
noise = np.random.normal(0, 0.1, size=6)
y = 2 * x + 1 + noise
print(np.round(y, 4))
print(np.random.uniform(-1, 1, size=(2, 3)))
print(float(np.sum(noise)))
