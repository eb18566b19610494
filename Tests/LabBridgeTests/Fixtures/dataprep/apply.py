import pandas as pd
df = pd.DataFrame({"text": ["hello world", "a", "the quick brown fox"], "label": [1, 0, 1]})
df["n_words"] = df["text"].apply(lambda t: len(t.split()))
df["n_chars"] = df["text"].apply(len)
print(df)
print(df.groupby("label")["n_words"].sum())
print(df.loc[df["label"] == 1, ["text", "n_chars"]])
