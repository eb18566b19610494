import csv
import io
import statistics
from collections import defaultdict, Counter
from datetime import datetime

RAW = """date,region,rep,amount,currency
2024-01-03,North, alice ,120.50,USD
2024-01-03,north,Bob,80,usd
2024-01-04,South,carol,,USD
2024-01-05,East,dave,1e3,USD
2024-01-05,West,erin,-15,USD
2024-01-06,south,Carol,230.25,EUR
bad-date,North,alice,10,USD
2024-01-07,East,Dave,99.99,USD
2024-01-08,North,Alice,150,USD
"""

RATES = {"USD": 1.0, "EUR": 1.09}
problems = Counter()
clean = []
for lineno, row in enumerate(csv.DictReader(io.StringIO(RAW)), start=2):
    try:
        day = datetime.strptime(row["date"], "%Y-%m-%d").date()
    except ValueError:
        problems["bad date"] += 1
        continue
    if not row["amount"]:
        problems["missing amount"] += 1
        continue
    amount = float(row["amount"])
    if amount < 0:
        problems["negative"] += 1
        continue
    currency = row["currency"].upper()
    clean.append({
        "day": day,
        "region": row["region"].strip().title(),
        "rep": row["rep"].strip().capitalize(),
        "usd": round(amount * RATES[currency], 2),
        "line": lineno,
    })

print(f"kept {len(clean)} of {len(clean) + sum(problems.values())} rows")
for problem, count in sorted(problems.items()):
    print(f"  {problem:<15}{count:>3}")

by_region = defaultdict(list)
for r in clean:
    by_region[r["region"]].append(r["usd"])
print("\nregion      n     total      mean    median")
for region in sorted(by_region):
    xs = by_region[region]
    print(f"{region:<8}{len(xs):>4}{sum(xs):>10.2f}{statistics.mean(xs):>10.2f}{statistics.median(xs):>10.2f}")

amounts = [r["usd"] for r in clean]
print("\noverall mean", round(statistics.mean(amounts), 3), "stdev", round(statistics.stdev(amounts), 3))
q = statistics.quantiles(amounts, n=4)
print("quartiles", q)
iqr = q[2] - q[0]
outliers = [r for r in clean if r["usd"] > q[2] + 1.5 * iqr]
print("outliers", [(o["rep"], o["usd"], o["line"]) for o in outliers])

top = Counter()
for r in clean:
    top[r["rep"]] += r["usd"]
print("top reps", top.most_common(2))
days = sorted({r["day"] for r in clean})
print("span", days[0].isoformat(), "to", days[-1].isoformat(), (days[-1] - days[0]).days, "days")
weekday_totals = Counter()
for r in clean:
    weekday_totals[r["day"].strftime("%A")] += r["usd"]
print(dict(sorted(weekday_totals.items())))
out = io.StringIO()
writer = csv.writer(out)
writer.writerow(["day", "region", "rep", "usd"])
for r in sorted(clean, key=lambda r: (r["day"], r["region"])):
    writer.writerow([r["day"], r["region"], r["rep"], f"{r['usd']:.2f}"])
print(out.getvalue())
