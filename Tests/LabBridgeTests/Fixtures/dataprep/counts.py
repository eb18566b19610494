import pandas as pd
labels = ["spam", "ham", "ham", "spam", "ham", "eggs", "ham"]
s = pd.Series(labels, name="label")
counts = s.value_counts()
print(counts)
print(counts.head(2))
print(s.value_counts(normalize=True).round(3))
print(s.nunique(), len(s))
