import pandas as pd
df = pd.DataFrame({"word": ["the", "cat", "the", "dog", "a", "the", "cat"]})
vc = df["word"].value_counts()
print(vc)
print(vc.iloc[0], vc.index[0])
print(vc[vc > 1])
