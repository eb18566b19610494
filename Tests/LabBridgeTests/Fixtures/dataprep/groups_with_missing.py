import pandas as pd
df = pd.DataFrame({"k": ["a", "b", "a", "b", "c"], "v": [-1.5, 2.0, None, 4.25, -0.125]})
print(df.groupby("k")["v"].mean())
print(df.groupby("k")["v"].count())
print(df.groupby("k")["v"].sum())
print(df.groupby("k").agg({"v": "max"}))
