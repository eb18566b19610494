# Hundreds of random records written and read back in several dialects.
import csv
import io
import random

random.seed(7)
alphabet = ['a', 'b', 'Z', ' ', ',', '"', "'", '\n', '\r', '\t', ';', '|', '\\', 'é', '0', '1', '.']
def field():
    kind = random.random()
    if kind < 0.1:
        return ""
    if kind < 0.2:
        return random.randint(-1000, 1000)
    if kind < 0.25:
        return round(random.uniform(-10, 10), 3)
    return "".join(random.choice(alphabet) for _ in range(random.randint(1, 8)))
settings = [dict(), dict(dialect="excel-tab"), dict(dialect="unix"), dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
            dict(delimiter=";", quotechar="'"), dict(doublequote=False, escapechar="\\"), dict(lineterminator="\n", delimiter="|")]
ok = 0
for k, kw in enumerate(settings):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    rows = [[field() for _ in range(random.randint(1, 5))] for _ in range(40)]
    for row in rows:
        w.writerow(row)
    text = out.getvalue()
    back = list(csv.reader(io.StringIO(text, newline=""), **kw))
    expected = [[x if isinstance(x, str) else str(x) for x in row] for row in rows]
    if kw.get("quoting") == csv.QUOTE_NONNUMERIC:
        expected = [[x if isinstance(x, str) else float(x) for x in row] for row in rows]
    same = back == expected
    ok += same
    print(k, kw, len(text), same, repr(text[:120]))
    if not same:
        for a, b in zip(back, expected):
            if a != b:
                print("  ", a, b)
                break
print(ok, "of", len(settings))
for _ in range(60):
    row = [field() for _ in range(random.randint(1, 4))]
    s = io.StringIO()
    csv.writer(s, lineterminator="\n").writerow(row)
    print(repr(s.getvalue()), list(csv.reader(s.getvalue().splitlines(True))))
