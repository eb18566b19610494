import numpy as np
np.random.seed(3)
scores = np.array([0.61, 0.72, 0.55, 0.68, 0.74, 0.59])
means = []
for _ in range(5):
    sample = np.random.choice(scores, size=len(scores), replace=True)
    means.append(round(float(sample.mean()), 4))
print(means)
print(np.percentile(means, 50))
