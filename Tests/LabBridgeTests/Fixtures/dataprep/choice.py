import numpy as np
np.random.seed(1)
words = np.array([0, 1, 2, 3])
probs = [0.1, 0.2, 0.3, 0.4]
samples = np.random.choice(words, size=10, p=probs)
print(samples)
print(np.random.choice(10, 4, replace=False))
counts = [int((samples == w).sum()) for w in words]
print(counts)
