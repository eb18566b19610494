import numpy as np
import pandas as pd
df = pd.DataFrame({"x": [1, 4, 2]})
print(df["x"].apply(np.sqrt))
print(df["x"].apply(lambda v: np.int64(v) * 2 if False else np.sum(np.array([v, v]))))
df["r"] = df["x"].apply(lambda v: np.mean([v, 0.5]))
print(df)
