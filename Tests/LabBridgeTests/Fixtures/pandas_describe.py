import pandas as pd
from tqdm import tqdm
scores = pd.DataFrame({"reward": [0.5, None, 2.0, float("nan"), 1.0], "n": [1, 2, 3, 4, 5]})
print(scores.describe())
print(pd.DataFrame({"kl": [1.5e-07, 0.25, 3.0]}))
print(pd.DataFrame({"big": [12345678.5, 2.125, -3.0]}))
print(pd.DataFrame({"big": [10000000.0, 2.5]}))
print(pd.DataFrame({"x": [1e-9, float("nan")]}).describe())
df = pd.DataFrame({"query": ["a b", "c"], "before": [0.5, 1.5]})
print(df.assign(after=[1.0, 2.0], diff=lambda d: d["after"] - d["before"]))
print(df)
try:
    df["query"].progress_apply(len)
except AttributeError as error:
    print("AttributeError:", error)
tqdm.pandas()
print(df["query"].progress_apply(len))
print(df["query"].apply(lambda q: q.upper()))
