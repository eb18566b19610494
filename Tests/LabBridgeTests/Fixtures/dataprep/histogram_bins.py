import numpy as np
np.random.seed(4)
samples = np.random.uniform(0, 10, 1000)
hist = [int(((samples >= k) & (samples < k + 1)).sum()) for k in range(10)]
print(hist, sum(hist))
print(round(float(samples.mean()), 4), round(float(np.median(samples)), 4) if hasattr(np, "median") else None)
