import numpy as np
np.random.seed(77)
idx = np.arange(20)
np.random.shuffle(idx)
folds = [idx[i::4] for i in range(4)] if True else None
for k, f in enumerate(folds):
    print(k, sorted(f.tolist()))
