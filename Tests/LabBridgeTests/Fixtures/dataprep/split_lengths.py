import pandas as pd
df = pd.DataFrame({"split": ["train"] * 3 + ["test"] * 2, "len": [12, 7, 9, 15, 4]})
print(df.groupby("split")["len"].describe() if False else df.groupby("split")["len"].agg(["count", "mean", "max"]))
print(df["len"].sum(), df["len"].max(), int(df["len"].mean()))
print(df.tail(3))
