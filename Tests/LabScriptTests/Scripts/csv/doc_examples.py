# Examples from the csv section of the Python library reference, with io.StringIO and files.
import csv
import io
import os

with open("eggs.csv", "w", newline="") as csvfile:
    spamwriter = csv.writer(csvfile, delimiter=" ", quotechar="|", quoting=csv.QUOTE_MINIMAL)
    spamwriter.writerow(["Spam"] * 5 + ["Baked Beans"])
    spamwriter.writerow(["Spam", "Lovely Spam", "Wonderful Spam"])
with open("eggs.csv", newline="") as csvfile:
    spamreader = csv.reader(csvfile, delimiter=" ", quotechar="|")
    for row in spamreader:
        print(", ".join(row))
with open("eggs.csv", newline="") as f:
    print(repr(f.read()))

with open("names.csv", "w", newline="") as csvfile:
    fieldnames = ["first_name", "last_name"]
    writer = csv.DictWriter(csvfile, fieldnames=fieldnames)
    writer.writeheader()
    writer.writerow({"first_name": "Baked", "last_name": "Beans"})
    writer.writerow({"first_name": "Lovely", "last_name": "Spam"})
    writer.writerow({"first_name": "Wonderful", "last_name": "Spam"})
with open("names.csv", newline="") as csvfile:
    reader = csv.DictReader(csvfile)
    for row in reader:
        print(row["first_name"], row["last_name"])
    print(reader.fieldnames, reader.line_num)

with open("passwd.txt", "w") as f:
    f.write("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n")
csv.register_dialect("unixpwd", delimiter=":", quoting=csv.QUOTE_NONE)
with open("passwd.txt", newline="") as f:
    reader = csv.reader(f, "unixpwd")
    for row in reader:
        print(row)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("unixpwd")
print(d.delimiter, d.quoting, repr(d.quotechar), repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict)
csv.unregister_dialect("unixpwd")
try:
    csv.get_dialect("unixpwd")
except csv.Error as e:
    print("csv.Error:", e)

for row in csv.reader(["one,two", "three,four"]):
    print(row)
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", 1, 2.5, None, True, 'say "hi"', "x,y", "line\nbreak", ""]))
w.writerows([[1, 2], [], [""], ["", ""]])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()))))
for name in ["excel", "excel-tab", "unix"]:
    s = io.StringIO()
    csv.writer(s, dialect=name).writerow(["a b", "c\td", 3])
    print(name, repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), dialect=name)))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

s = io.StringIO()
csv.writer(s, Semi).writerow(["it's", "a;b", "c"])
print(repr(s.getvalue()), list(csv.reader(["x; 'y;z'; w"], Semi)))
for name in ["eggs.csv", "names.csv", "passwd.txt"]:
    os.remove(name)
