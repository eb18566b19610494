import pandas as pd
df = pd.DataFrame({"grade": ["A", "B", "A", "C", "B", "A"], "hours": [5, 3, 6, 1, 4, 7], "passed": [True, True, True, False, True, True]})
g = df.groupby("grade")
print(g["hours"].agg(["mean", "min", "max"]))
print(g["passed"].mean())
print(g.size().sort_values(ascending=False))
print(df["grade"].value_counts().sort_values())
