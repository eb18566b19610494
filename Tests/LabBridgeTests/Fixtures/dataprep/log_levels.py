import pandas as pd
log = pd.DataFrame({"level": ["INFO", "WARN", "INFO", "ERROR", "INFO", "WARN"], "ms": [12, 40, 8, 300, 15, 55]})
print(log.groupby("level")["ms"].agg(["count", "mean"]).sort_values("count", ascending=False))
slow = log.loc[log["ms"] > 30]
print(slow)
print(slow.shape[0], log["level"].nunique())
