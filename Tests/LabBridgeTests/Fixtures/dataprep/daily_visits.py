import pandas as pd
df = pd.DataFrame({"date": ["d1", "d2", "d3", "d4"], "visits": [120, 95, 143, 110]})
df["change"] = df["visits"] - df["visits"].shift(1) if hasattr(df["visits"], "shift") else 0
print(df)
print(df["visits"].describe())
print(df.nlargest(2, "visits") if hasattr(df, "nlargest") else df.sort_values("visits", ascending=False).head(2))
