# Match and Pattern objects: attributes, groups by number and name, reprs (library reference examples).
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m[2])
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string)
print(m.regs, m.span(), m.span(2), m.start(1), m.end(1))
print(m)

m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group("first_name"), m.group("last_name"), m["last_name"], m.group(1, "last_name"))
print(m.groupdict(), m.lastindex, m.lastgroup)
print(m.span("last_name"), m.start("first_name"), m.end("last_name"))
print(m.expand(r"\g<last_name>, \g<first_name> (\2 \1) \g<0>"))

m = re.match(r"(\d+)\.(\d+)", "24.1632")
print(m.groups())
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups("0"), m.lastindex, m.regs, m.span(2), m.start(2))
m = re.match(r"(?P<a>\d+)(?P<b>x)?", "12")
print(m.groupdict(), m.groupdict("-"), m.group("b"), m.lastgroup)

# lastindex follows the group that closed last
print(re.match(r"(a)b", "ab").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"((ab))", "ab").lastindex, re.match(r"(a*)(b*)", "a").lastindex, re.match(r"x(?:y)", "xy").lastindex)
print(re.match(r"(?P<outer>(?P<inner>a)b)", "ab").lastgroup, re.match(r"(\d)(?P<x>a)", "1a").group("x"))

for bad in (5, -1, "nope", 1.5):
    try:
        re.match("(a)", "a").group(bad)
    except IndexError as e:
        print("IndexError:", e)

# Patterns
p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)(,)?")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("a+", re.IGNORECASE), re.compile("a", re.I | re.M), re.compile("(?i)abc"))
print(re.compile("x", re.A), re.compile("x", re.S | re.X).flags, re.compile("(?im)x").flags, re.compile("x").flags)
print(re.compile("x" * 250))

# pos and endpos
pattern = re.compile("d")
print(pattern.search("dog"), pattern.search("dog", 1))
pattern = re.compile("o")
print(pattern.match("dog"), pattern.match("dog", 1))
pattern = re.compile("o[gh]")
print(pattern.fullmatch("dog"), pattern.fullmatch("ogre"), pattern.fullmatch("doggie", 1, 3))
m = re.compile("a").search("xaaa", -5, 100)
print(m.pos, m.endpos, m)
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1), re.compile("a").search("aaa", 2, 1))
print(re.compile(r"(?<=x)a").search("xa", 1))
print(re.compile(r"\w").findall("abcdef", 2, 4), [m.span() for m in re.compile(r"\w").finditer("abcdef", 4)])

# long matches are cut in the repr
print(re.match("a*", "a" * 100))
print(re.search("é+", "café"), re.search("é+", "café").span())

try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
