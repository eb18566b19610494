# Examples in the spirit of the Python docs: data model, __new__ for immutable types, str/int subclasses.
# From the data model reference: __new__ customises creation of immutable instances.
class inch(float):
    "Convert from inch to meter"
    def __new__(cls, arg=0.0):
        return float.__new__(cls, arg * 0.0254)


print(inch(12), inch(), type(inch(1)).__name__, inch(12) * 10)


# A str subclass with an alternate constructor, as in tutorials about classmethods.
class Title(str):
    @classmethod
    def from_words(cls, *words):
        return cls(" ".join(w.capitalize() for w in words))

    def words(self):
        return self.split()


t = Title.from_words("the", "data", "model")
print(t, type(t).__name__, t.words(), t.lower(), len(t), t.istitle())


# collections.UserString-like behaviour with plain str: methods return str, not the subclass.
class Loud(str):
    def shout(self):
        return self.upper() + "!"


w = Loud("hey")
print(w.shout(), type(w.shout()).__name__, type(w.strip()).__name__, type(w[:]).__name__)


# Rich comparisons with NotImplemented and the reflected operand of a subclass.
class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(p) for p in text.split(".")))

    def __str__(self):
        return ".".join(map(str, self))

    def __lt__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return tuple(self) < tuple(other)


vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2")]
print(sorted(vs), [str(v) for v in sorted(vs)], max(vs), Version("2.0") > (1, 9), Version("1.0") == (1, 0))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)


# An int subclass whose arithmetic keeps the subclass.
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Money(int(self) - int(other))

    def __str__(self):
        return f"${int(self) / 100:.2f}"


total = sum([Money(150), Money(275), 5])
print(total, type(total).__name__, Money(1000) - 1, repr(Money(5)), f"{Money(250)}", f"{Money(250):d}")


# super() reaches the built-in methods.
class Emph(str):
    def upper(self):
        return "*" + super().upper() + "*"

    def __str__(self):
        return "<" + super().__str__() + ">"

    def __len__(self):
        return super().__len__() * 10


e = Emph("ok")
print(e.upper(), str(e), len(e), e, e.lower(), bool(Emph("")))


# __getitem__ and __iter__ overrides on a tuple subclass.
class Ring(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i % len(self))

    def __iter__(self):
        return iter(("a", "b"))


r = Ring((1, 2, 3))
print(r[4], r[-1], list(r), 2 in r, len(r), r)
