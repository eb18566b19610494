# IntEnum, StrEnum and data-type mixins: members compare, compute and format as their values.
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


p = Priority.MEDIUM
print(p, repr(p), str(p), f"{p}", format(p, "03d"), "%d" % p, p.name, p.value)
print(p == 2, p < Priority.HIGH, p + 1, 10 - p, p * 2, -p, abs(-p), p // 2, p ** 2, int(p), float(p))
print(sorted([Priority.HIGH, Priority.LOW, 2]), max(Priority), sum(Priority), isinstance(p, int))
print(["a", "b", "c", "d"][p], list(range(p)), hash(p) == hash(2), {2: "two"}[p], Priority(3), Priority(True))
print(p.bit_length(), p.real, round(p), p & 3, p | 4, p >> 1, 5 % p, divmod(7, p))


class Tok(str, Enum):
    NUM = "num"
    OP = "op"


print(Tok.NUM, repr(Tok.NUM), f"{Tok.NUM}", Tok.NUM == "num", Tok("op"), isinstance(Tok.OP, str))
print(Tok.NUM.upper(), len(Tok.NUM), Tok.OP + "!", "x" + Tok.OP, Tok.NUM[0], "u" in Tok.NUM, Tok.NUM.value)
print(sorted(Tok), {"num": 1}[Tok.NUM], Tok.NUM.startswith("n"), list(Tok.OP))


class Http(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom"


print(Http.GET, repr(Http.POST), f"{Http.CUSTOM:>8}|", Http.GET == "get", Http("post"), Http.GET.upper(), list(Http))
try:
    class NotStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


class Level(float, Enum):
    LOW = 0.5
    HIGH = 2.5


print(Level.LOW, repr(Level.HIGH), Level.LOW * 2, Level.HIGH > 1, round(Level.HIGH))
try:
    format(Level.LOW, ".2f")
except ValueError as e:
    print("ValueError:", e)


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    def __str__(self):
        return self.describe()


print(Code.OK, Code(404).describe(), f"{Code.NOT_FOUND}", Code.OK + 0, [c for c in Code if c >= 300])
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Priority.LOW + "x"
except TypeError as e:
    print("TypeError:", e)
