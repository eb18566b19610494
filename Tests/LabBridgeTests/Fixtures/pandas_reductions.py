import pandas as pd
df = pd.DataFrame({"k": ["a", "b", "a"], "v": [1, 2, 4], "f": [0.5, 1.5, 2.0]})
num = df[["v", "f"]]
print(num.mean())
print(num.sum())
print(df[["v"]].sum())
print(num.max(), num.min())
print(num.std())
print(num.median())
print(df.count())
print(df.mean(numeric_only=True))
print(df["v"].median(), df["v"].count(), df["f"].describe())
print(df["v"].to_dict())
print(num.mean()["f"])
