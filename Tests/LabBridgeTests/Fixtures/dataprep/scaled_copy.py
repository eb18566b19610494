import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3, 4], "b": ["p", "q", "p", "q"]})
df2 = df.copy() if False else pd.DataFrame({"a": df["a"].tolist(), "b": df["b"].tolist()})
df2["a"] = df2["a"] * 10
print(df)
print(df2)
print(df2.groupby("b")["a"].sum().to_dict())
