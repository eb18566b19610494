import pandas as pd
df = pd.DataFrame({"city": ["north", "south", "east", "west", "north"], "sales": [1200000.5, 350.25, 98000.0, 4.5, 2500000.0]})
print(df.groupby("city")["sales"].sum())
print(df.sort_values("sales"))
print(df["city"].value_counts())
