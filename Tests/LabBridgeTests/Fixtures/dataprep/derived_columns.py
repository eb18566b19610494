import pandas as pd
df = pd.DataFrame({"name": ["a", "b", "c"], "x": [1.0, 2.5, 4.0]})
df["x2"] = df["x"] ** 2
df["big"] = df["x"] > 2
print(df)
print(df[df["big"]]["name"].tolist())
print(df.loc[:, ["name", "x2"]])
