import numpy as np
np.random.seed(123)
p = np.array([0.5, 0.3, 0.2])
draws = np.random.choice(3, size=1000, p=p)
freq = [round(float((draws == k).mean()), 3) for k in range(3)]
print(freq)
print(np.random.choice(["x", "y", "z"]) if False else np.random.choice(5, 3))
print(np.random.permutation(np.array([1.5, 2.5, 3.5, 4.5])))
