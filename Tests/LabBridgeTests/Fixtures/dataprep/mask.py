import pandas as pd
df = pd.DataFrame({"name": ["ann", "bob", "cy", "dee"], "age": [23, 35, 41, 19], "score": [88.5, 92.0, 79.25, 95.0]})
adults = df[df["age"] >= 21]
print(adults)
print(df.loc[df["score"] > 85, "name"].tolist())
df["passed"] = df["score"] >= 80
print(df)
print(df.iloc[1:3][["name", "score"]])
print(df.iloc[2])
