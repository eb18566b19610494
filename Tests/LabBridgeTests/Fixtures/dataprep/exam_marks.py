import pandas as pd
scores = {"alice": [90, 85, 77], "bob": [60, 75, 88], "carol": [95, 91, 89]}
rows = []
for name, marks in scores.items():
    for i, m in enumerate(marks):
        rows.append({"student": name, "exam": i + 1, "mark": m})
df = pd.DataFrame(rows)
print(df.head())
avg = df.groupby("student")["mark"].mean().round(2)
print(avg)
print(df.groupby("exam")["mark"].max())
top = df.sort_values("mark", ascending=False).head(3)
print(top)
print(df.loc[df["mark"] >= 90, "student"].value_counts())
