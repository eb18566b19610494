import pandas as pd
rows = [{"id": i, "bucket": "even" if i % 2 == 0 else "odd", "sq": i * i} for i in range(12)]
df = pd.DataFrame(rows)
print(df.groupby("bucket")["sq"].agg(["sum", "max", "min", "mean"]))
print(df.iloc[5:9])
print(df.loc[df["sq"] > 50, "id"].tolist())
print(df.groupby("bucket").size())
