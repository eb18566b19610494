import pandas as pd
import numpy as np
np.random.seed(1)
df = pd.DataFrame({"a": np.random.randint(0, 3, 9), "b": np.random.rand(9).round(2)})
print(df.groupby("a")["b"].agg(["mean", "count"]))
print(df["a"].value_counts().sort_index() if hasattr(df["a"].value_counts(), "sort_index") else "no sort_index")
