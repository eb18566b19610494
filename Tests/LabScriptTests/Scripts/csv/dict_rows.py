# DictReader and DictWriter: header handling, restkey/restval, extrasaction, blank lines.
import csv
import io

text = "name,age,city\nAnn,31,Oslo\n\nBob,25\nCid,40,Rome,extra,more\n"
r = csv.DictReader(io.StringIO(text))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["a", "b"])
print([dict(x) for x in r], r.fieldnames)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r))
r = csv.DictReader(["x;y", "1;2"], delimiter=";")
print(next(r), r.dialect, r.reader.dialect.delimiter, r.restkey, r.restval)
r = csv.DictReader(iter(["k", "1"]), fieldnames=iter(["only"]))
print(list(r))

s = io.StringIO()
w = csv.DictWriter(s, ["id", "score", "note"], restval="NA", lineterminator="\n")
print(w.writeheader())
print(w.writerow({"id": 1, "score": 9.5}))
w.writerows([{"id": 2, "note": "ok, fine"}, {"id": 3, "score": None, "note": ""}])
print(repr(s.getvalue()))
try:
    w.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
w2 = csv.DictWriter(s, ["id"], extrasaction="ignore")
w2.writerow({"id": 5, "bogus": 1})
w3 = csv.DictWriter(s, ["id"], extrasaction="RAISE")
w3.writerow({"id": 6, "bogus": 1})
print(repr(s.getvalue()[-12:]), w.fieldnames, w.restval, w.extrasaction)
try:
    csv.DictWriter(s, ["id"], extrasaction="bad")
except ValueError as e:
    print("ValueError:", e)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=("a", "b"), quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerow({"a": 1, "b": "x"})
w.writerow({"a": "1", "b": 2.0})
print(repr(s.getvalue()))
print(list(csv.DictReader(io.StringIO(s.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
