import pandas as pd
import numpy as np
np.random.seed(12)
df = pd.DataFrame({"feature": np.random.rand(6).round(2), "label": np.random.randint(0, 2, 6)})
print(df)
print(df.groupby("label")["feature"].agg(["min", "max"]))
train = df.sample(frac=0.5, random_state=0) if False else df.iloc[:4]
print(train.shape, df.iloc[4:].shape)
