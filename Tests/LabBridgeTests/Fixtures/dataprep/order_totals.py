import pandas as pd
df = pd.DataFrame({"item": ["pen", "ink", "pad", "pen", "pad", "pen"], "price": [1.5, 3.0, 2.25, 1.5, 2.0, 1.75], "qty": [10, 2, 5, 4, 1, 6]})
df["total"] = df["price"] * df["qty"]
print(df)
g = df.groupby("item")
print(g["total"].sum())
print(g["qty"].agg(["sum", "mean", "count"]))
print(g.agg({"price": "mean", "qty": "sum", "total": "max"}))
print(df.iloc[::2])
print(df.loc[df["item"] == "pen", ["qty", "total"]].sum() if False else df.loc[df["item"] == "pen", "total"].sum())
