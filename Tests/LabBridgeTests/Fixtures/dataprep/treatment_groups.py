import pandas as pd
import numpy as np
np.random.seed(4)
df = pd.DataFrame({"group": ["ctl", "trt"] * 4, "value": np.random.normal(0, 1, 8).round(3)})
print(df)
stats = df.groupby("group")["value"].agg(["mean", "std", "count"])
print(stats)
print(df.groupby("group")["value"].median())
