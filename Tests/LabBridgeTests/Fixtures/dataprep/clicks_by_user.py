import numpy as np
import pandas as pd
np.random.seed(10)
df = pd.DataFrame({
    "user": np.random.choice([1, 2, 3], size=8),
    "clicks": np.random.randint(0, 10, size=8),
})
print(df)
print(df.groupby("user")["clicks"].sum())
print(df["user"].value_counts())
