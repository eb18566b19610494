import numpy as np
import pandas as pd
rng = np.random.default_rng(42)
df = pd.DataFrame({"x": list(range(8)), "y": [v * v for v in range(8)]})
perm = rng.permutation(len(df))
print(perm)
train = df.iloc[perm[:6]]
test = df.iloc[perm[6:]]
print(train)
print(test)
