import numpy as np, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3]})
df["z"] = np.arange(3) * 2
df["w"] = np.array([0.5, 1.5, 2.5])
print(df)
s = pd.Series(np.array([1.0, 2.0]), name="s")
print(s)
a = np.array([[1, 2], [3, 4], [5, 6]])
print(a[[2, 0]], a[a > 2], a[np.array([True, False, True])])
