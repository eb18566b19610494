import pandas as pd
orders = pd.DataFrame({"customer": ["c1", "c2", "c1", "c3", "c2", "c1"], "amount": [20.0, 35.5, 12.25, 80.0, 5.0, 44.75]})
spend = orders.groupby("customer")["amount"].sum()
print(spend)
print(spend[spend > 40])
print(spend.mean(), spend.idxmax())
top = orders.sort_values("amount", ascending=False).iloc[0]
print(top["customer"], top["amount"])
