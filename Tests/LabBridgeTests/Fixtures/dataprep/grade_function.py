import pandas as pd
def grade(score):
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    return "C"
df = pd.DataFrame({"name": ["x", "y", "z", "w"], "score": [95, 82, 71, 88]})
df["grade"] = df["score"].apply(grade)
print(df)
print(df["grade"].value_counts())
print(df.groupby("grade")["score"].mean())
print(df.loc[df["grade"] != "C"].reset_index(drop=True))
