# open() and io.StringIO with each newline mode: translation on reading and writing, line splitting.
import csv
import io
import os

data = "one\r\ntwo\rthree\nfour\r\n\r\nlast\r"
with open("mixed.txt", "w", newline="") as f:
    f.write(data)
for mode in [None, "", "\n", "\r", "\r\n"]:
    with open("mixed.txt", newline=mode) as f:
        lines = f.readlines()
    with open("mixed.txt", newline=mode) as f:
        text = f.read()
    with open("mixed.txt", newline=mode) as f:
        first = [f.readline(), f.readline()]
        rest = list(f)
    print(repr(mode), lines, repr(text), first, rest)
for mode in [None, "", "\n", "\r", "\r\n"]:
    with open("written.txt", "w", newline=mode) as f:
        f.write("a\nb\r\nc\r")
    with open("written.txt", newline="") as f:
        print(repr(mode), repr(f.read()))
    s = io.StringIO("a\nb\r\nc\rd", newline=mode)
    print(repr(mode), repr(s.getvalue()), s.readlines(), list(io.StringIO("x\r\ny\rz\n", newline=mode)))
big = "row\r\n" * 40000 + "end\r"
with open("big.txt", "w", newline="") as f:
    f.write(big)
with open("big.txt") as f:
    lines = f.readlines()
print(len(lines), set(lines), lines[-1] == "end\n")
with open("crlf.csv", "w", newline="") as f:
    csv.writer(f).writerows([["id", "note"], [1, "two\r\nlines"], [2, "plain"]])
with open("crlf.csv") as f:
    print(list(csv.reader(f)))
with open("crlf.csv", newline="") as f:
    print(list(csv.reader(f)))
for bad in ["x", 5]:
    try:
        open("mixed.txt", newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for name in ["mixed.txt", "written.txt", "big.txt", "crlf.csv"]:
    os.remove(name)
