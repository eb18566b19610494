import pandas as pd
df = pd.DataFrame({"product": ["a", "b", "c", "a", "b"], "units": [3, 5, 2, 7, 1], "price": [2.5, 1.0, 4.0, 2.5, 1.0]})
df["revenue"] = df["units"] * df["price"]
totals = df.groupby("product")["revenue"].sum()
share = totals / totals.sum()
print(share.round(3))
print(totals.max(), totals.idxmax(), totals.idxmin())
print(df[["units", "revenue"]].sum())
