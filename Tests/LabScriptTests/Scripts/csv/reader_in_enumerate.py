# A reader that only an iterator holds (enumerate, zip, a generator) stays alive while it is read.
import csv
import io

for lineno, row in enumerate(csv.DictReader(io.StringIO("a,b\n1,2\n3,4\n")), start=2):
    print(lineno, row)
for pair in zip(csv.reader(io.StringIO("x\ny\nz\n")), range(2)):
    print(pair)
rows = (r for r in csv.reader(io.StringIO("p;q\nr;s\n"), delimiter=";"))
print(list(rows))
print(sum(int(r["n"]) for r in csv.DictReader(io.StringIO("n\n1\n2\n3\n"))))
