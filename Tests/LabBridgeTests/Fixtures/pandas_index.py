import pandas as pd
df = pd.DataFrame({"k": ["a", "b", "a"], "v": [1, 2, 3], "f": [0.5, 1.5, 2.0]})
print(df.columns, repr(df.columns), list(df.columns), df.columns.tolist(), "k" in df.columns, len(df.columns), df.columns[1])
g = df.groupby("k")["v"].mean()
print(g.index, g.index.tolist(), g.index.name)
print(df.groupby("v")["f"].sum().index)
print(df.groupby("f")["v"].sum().index)
counts = df["k"].value_counts()
for label in counts.index:
    print(label, counts[label])
print(df.iloc[0].index)
for c in df.columns:
    print(c, df[c].tolist())
