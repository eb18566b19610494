# Grades in CSV with quoting, a bad row, and exact averages with Fraction.
import csv
import io
from fractions import Fraction

raw = '''student,scores,comment
"Lee, Ann","90;85;77","solid"
Bob,"60;70","needs ""practice"""
Cy,"100;99;98;97",
Dee,"abc",oops
'''
averages = {}
for row in csv.DictReader(io.StringIO(raw)):
    try:
        scores = [int(x) for x in row["scores"].split(";")]
    except ValueError as e:
        print("skip", row["student"], "-", e)
        continue
    averages[row["student"]] = Fraction(sum(scores), len(scores))
    print(row["student"], scores, repr(row["comment"]))
for name, avg in sorted(averages.items(), key=lambda kv: -kv[1]):
    print(f"{name:>10} {str(avg):>7} {float(avg):7.3f} {round(avg)}")
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
for name, avg in averages.items():
    w.writerow([name, float(avg), str(avg)])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
print(sum(averages.values()), sum(averages.values()).limit_denominator(10), hash(Fraction(170, 2)) == hash(85))
