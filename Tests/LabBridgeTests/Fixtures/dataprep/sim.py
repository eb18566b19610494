import numpy as np
rng = np.random.default_rng(123)
rolls = rng.integers(1, 7, size=20)
print(rolls)
print("mean", rolls.mean(), "max", rolls.max(), "min", rolls.min())
coin = rng.random(8) < 0.5
print(coin)
print(rng.choice([10, 20, 30], size=5))
