import pandas as pd
df = pd.DataFrame({"q": ["2+2", "3*3", "10-4"], "a": [4, 9, 6]})
for i in range(len(df)):
    row = df.iloc[i]
    print(i, row["q"], row["a"])
print(df.loc[1])
print(df.tail(2))
df.loc[df["a"] > 5, "a"] = 0
print(df)
