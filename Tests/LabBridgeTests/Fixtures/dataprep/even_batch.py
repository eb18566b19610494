import numpy as np
rng = np.random.default_rng(314)
batch = rng.integers(0, 1000, size=8)
print(batch)
print(np.sort(batch) if hasattr(np, "sort") else sorted(batch.tolist()))
mask = batch % 2 == 0
print(batch[mask], mask.mean())
