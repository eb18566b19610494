# Tagged strings: str subclasses with __new__, properties and overrides.
class SKU(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper().strip())

    @property
    def category(self):
        return self.split("-")[0]


class Tag(str):
    def __repr__(self):
        return f"Tag({str.__repr__(self)})"

    def __str__(self):
        return "#" + self


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __contains__(self, item):
        return item.lower() in self.lower()


s = SKU(" fr-apple ")
print(s, repr(s), type(s).__name__, s.category, len(s), s[0], s[-5:], type(s[0]).__name__)
print(s.upper(), type(s.lower()).__name__, s + "!", type(s + "!").__name__, "<" + s, s * 2, s.split("-"))
print(s == "FR-APPLE", s < "Z", "APP" in s, s.startswith("FR"), "-".join([s, SKU("x")]), f"{s:>12}|{s:<10}|")
print(isinstance(s, str), hash(s) == hash("FR-APPLE"), {s: 1}["FR-APPLE"], {"FR-APPLE": 2}[s], str(s), type(str(s)).__name__)
print(sorted([SKU("b"), SKU("a"), "c"]), [c for c in SKU("ab")], list(reversed(SKU("xyz"))), "%s and %r" % (s, s))
print(s.replace("APPLE", "PEAR"), s.find("APP"), s.count("P"), s.encode(), int(SKU("42")), float(SKU(" 2.5")))
t = Tag("news")
print(t, repr(t), [t], f"{t}", str(t), "%s" % t, t.upper(), t + "x", len(t), format(t, ">6"))
c = Caseless("Hello")
print(c == "HELLO", c != "HELLO", "ELL" in c, {c: 1}.get(Caseless("hello")), c in ["hello"], c.swapcase())
words = {SKU("a-1"): 3, SKU("b-2"): 5}
print(words, max(words, key=words.get), sorted(words, reverse=True))
s.origin = "import"
print(s.origin, s.__dict__)
print(str.__str__(s), str.upper(s), SKU.__mro__)
try:
    SKU(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.category = "x"
except AttributeError as e:
    print("AttributeError:", e)
