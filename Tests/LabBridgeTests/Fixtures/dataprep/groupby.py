import pandas as pd
rows = [
    {"city": "Paris", "temp": 21.5, "rain": 3},
    {"city": "Oslo", "temp": 12.0, "rain": 8},
    {"city": "Paris", "temp": 24.0, "rain": 0},
    {"city": "Rome", "temp": 28.5, "rain": 1},
    {"city": "Oslo", "temp": 9.5, "rain": 12},
]
df = pd.DataFrame(rows)
print(df)
print(df.groupby("city")["temp"].mean())
summary = df.groupby("city").agg({"temp": "max", "rain": "sum"})
print(summary)
print(summary.sort_values("rain", ascending=False))
