import pandas as pd
df = pd.DataFrame({"team": ["x", "y", "x", "z", "y", "x"], "pts": [10, 7, 3, 8, 12, 5]})
ranked = df.groupby("team")["pts"].sum().sort_values(ascending=False)
for team, pts in ranked.items() if hasattr(ranked, "items") else zip(["?"], [0]):
    print(team, pts)
print(ranked.head(2))
print(df[df["team"].isin(["x", "z"])] if hasattr(df["team"], "isin") else "no isin")
