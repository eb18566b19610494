import pandas as pd
people = pd.DataFrame([("ann", "eng", 120), ("bo", "ops", 80), ("cy", "eng", 100), ("di", "ops", 95), ("ed", "hr", 70)], columns=["name", "dept", "salary"])
print(people)
by_dept = people.groupby("dept")
print(by_dept["salary"].mean())
print(by_dept["name"].count())
print(by_dept["salary"].agg(lambda s: s.max() - s.min()))
