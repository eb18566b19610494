import pandas as pd
df = pd.DataFrame({"x": [4, 1, 3, 2], "y": [10.0, 20.0, 30.0, 40.0]})
print(df.groupby("x").mean())
print(len(df[df.x > 1]), df.x.mean(), df.shape)
print(df.iloc[-3:])
print(df.sort_values(by="x", ascending=True))
counts = pd.Series(["a", "b", "a"]).value_counts()
print(counts.to_dict() if hasattr(counts, "to_dict") else dict(zip(["a", "b"], counts.tolist())))
