# re.RegexFlag: the flag constants print by name and act as ints.
import re

print(re.I, repr(re.I | re.M), str(re.M), re.A, re.U, re.NOFLAG, re.X | re.S)
print(re.I | re.M | re.S | re.X | re.A | re.U)
print(~re.I, re.I | 1024, re.I + 1, type(re.I + 1), re.I & 2, re.I & re.M, re.I ^ re.I, 3 | re.I)
print(re.I == 2, re.I != 2, 2 == re.I, re.I < re.M, hash(re.I) == hash(2), int(re.I), re.I * 2, 10 - re.M, re.I / 2)
print(f"{re.I}", f"{re.I:d}", format(re.I, ">5"), "%d %s %r" % (re.I, re.I, re.M), "{}".format(re.S), str(re.I | re.M))
print(re.I.value, re.I.name, (re.I | re.M).name, (re.I | 1024).name, bool(re.NOFLAG), bool(re.I))
print(list(re.I | re.M), len(re.I | re.M | re.S), re.I in (re.I | re.M), {re.I: "i"}[2], [1, 2, 3][re.I])
print(re.RegexFlag(2), re.RegexFlag(10), re.RegexFlag(0), isinstance(re.I, re.RegexFlag))

flags = 0
for wanted in ("i", "m"):
    flags |= {"i": re.IGNORECASE, "m": re.MULTILINE}[wanted]
print(flags, type(flags).__name__)
p = re.compile(r"^ab", flags)
print(p, p.flags, p.flags == re.I | re.M | re.U, re.compile("x").flags, re.compile("x", re.A).flags)
print(p.findall("AB\nab\nxab"), re.findall("a.b", "A\nB", re.I | re.S), re.search("(?i)b", "AB").group())
print(re.sub("a", "-", "aAa", flags=re.I), re.split("x", "1X2x3", flags=re.IGNORECASE), re.match("a", "A", re.I | 0) is not None)

def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: re.compile("a", "x"))
attempt(lambda: re.compile("a", 1.5))
attempt(lambda: re.compile(p, re.I))
