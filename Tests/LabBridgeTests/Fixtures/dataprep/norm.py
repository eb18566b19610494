import numpy as np
rng = np.random.default_rng(0)
data = rng.random((5, 2)) * 10
print(data)
mu = data.mean(axis=0)
sd = data.std(axis=0)
print("mu", mu, "sd", sd)
z = (data - mu) / sd
print(np.round(z, 3))
print(z.mean(axis=0).round(6) if hasattr(z.mean(axis=0), "round") else None)
