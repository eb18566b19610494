import numpy as np
np.random.seed(55)
rolls = np.random.randint(1, 7, size=(5, 2))
totals = rolls.sum(axis=1)
print(rolls)
print(totals, (totals == 7).sum(), totals.mean())
print(np.random.choice(np.arange(10), 3, replace=False))
