# A notebook-style log parser using named groups, lastgroup tokenizing and pos-based scanning.
import re

LOG = """2024-03-01 12:00:01 INFO  loaded 1200 rows
2024-03-01 12:00:05 WARN  missing value in column 'age'
2024-03-01 12:01:10 ERROR divide by zero at step 17
2024-03-01 12:02:00 INFO  done"""

line_re = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)")
counts = {}
for line in LOG.splitlines():
    m = line_re.match(line)
    counts[m["level"]] = counts.get(m["level"], 0) + 1
    if m.group("level") != "INFO":
        print(m.span("msg"), m.group("time", "level"), repr(m["msg"]))
print(counts)

# A tokenizer in the style of the re documentation
TOKENS = [("NUMBER", r"\d+(\.\d*)?"), ("ASSIGN", r":="), ("ID", r"[A-Za-z]+"), ("OP", r"[+\-*/]"),
          ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
tok_re = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKENS))
print(tok_re.groups, list(tok_re.groupindex.items()))
for mo in tok_re.finditer("total := price * 1.5 + tax"):
    kind = mo.lastgroup
    if kind == "SKIP":
        continue
    print(kind, repr(mo.group()), mo.start(), mo.lastindex)

# Scanning with pos
word = re.compile(r"\s*(\w+)")
text = "alpha beta  gamma"
pos = 0
while (m := word.match(text, pos)):
    print(m.group(1), m.span(1), m.pos)
    pos = m.end()
print(re.sub(r"(?P<w>\w+)", lambda m: m.group("w")[::-1] + str(m.lastindex), "ab cd"))
