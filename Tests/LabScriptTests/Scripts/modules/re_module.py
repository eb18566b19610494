import re
text = "Contact: ann@example.com, bob.smith@test.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"(\d{3})-(\d{4})", text), re.findall(r"\d{3}-(\d{4})", text))
m = re.search(r"(\w+)@(\w+)\.com", text)
print(m.group(), m.group(1), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end())
print(m)
print(re.match(r"\d+", "abc123"), re.match(r"[a-z]+", "abc123").group(), bool(re.fullmatch(r"\d+", "123")))
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y z@w"), re.subn("a", "b", "banana"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace  ").strip(), re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(\d)", "a1b2c"))
pat = re.compile(r"(?P<key>\w+)=(?P<value>\d+)")
for mm in pat.finditer("a=1, bb=22, ccc=333"):
    print(mm.group("key"), mm["value"], mm.groupdict())
print(pat.pattern, pat.sub(lambda m: m.group("key").upper(), "x=1 y=2"))
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE), re.findall(r"^\w", "ab\ncd", re.M))
print(re.escape("a.b*c"), re.split(r"\s", "a b  c", maxsplit=1))
words = re.findall(r"\b[a-z]{4,}\b", "the quick brown fox jumps over lazy dogs")
print(words, len(words))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
