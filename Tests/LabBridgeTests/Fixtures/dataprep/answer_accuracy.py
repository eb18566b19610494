import pandas as pd
df = pd.DataFrame({"q": ["what is 2+2", "name a color", "what is 3*3"], "answer": ["4", "red", "9"], "correct": [True, False, True]})
print(df)
acc = df["correct"].mean()
print(f"accuracy: {acc:.2%}")
print(df[~df["correct"]] if True else None)
