import numpy as np
import pandas as pd
rng = np.random.default_rng(77)
scores = rng.integers(40, 100, size=10)
names = [f"s{i}" for i in range(10)]
df = pd.DataFrame({"name": names, "score": scores})
df["passed"] = df["score"] >= 60
print(df)
print(df["passed"].value_counts())
print(df.groupby("passed")["score"].mean())
