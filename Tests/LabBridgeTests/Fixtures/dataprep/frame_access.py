import pandas as pd
import numpy as np
data = pd.DataFrame({"a": [3, 1, 2], "b": [0.5, 0.25, 0.125]})
print(data.iloc[0, 0], data.iloc[1]["b"], data.loc[2, "a"])
for col in data.columns:
    print(col, data[col].sum(), data[col].mean())
print(data.sort_values("a"))
print(data.describe())
arr = data["a"].values
print(arr, type(arr).__name__)
