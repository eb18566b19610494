import pandas as pd
df = pd.DataFrame({"model": ["a", "b", "a", "b", "c"], "loss": [0.51, 0.42, 0.47, 0.40, 0.66], "steps": [100, 100, 200, 200, 100]})
print(df.describe())
best = df.sort_values("loss").head(1)
print(best)
print(df.groupby("model")["loss"].min())
print(df.groupby("steps").size())
print(df.groupby("model").count())
