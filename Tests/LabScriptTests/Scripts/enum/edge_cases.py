# Error messages of enum classes and members, aliases, IntFlag/Flag edge cases, IntEnum as an int.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
for bad in ["Color.BLUE", "Color.RED.foo", "Color()", "Color(1, 2, 3)", "Color.RED < 1", "Color['red']", "Color.RED.value.x", "Enum('X', 5)",
            "Color.RED(1)", "len(Color.RED)", "iter(Color.RED)", "Color.RED['x']", "Color.RED.__class__.RED"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
class W(Enum):
    A = 1
    def __init__(self, v):
        self.doubled = v * 2
print(W.A.doubled)
W.A.extra = 5
print(W.A.extra)
class Dup(Enum):
    A = 1
    B = 2
    C = 1
print(Dup.C, Dup(1), Dup.C is Dup.A, list(Dup), Dup.__members__)
class P(IntFlag):
    A = auto()
    B = auto()
print(P.A | P.B, P(3), P(0), repr(P(0)), ~P.A, repr(~P(0)), list(P.A | P.B), P.A in (P.A | P.B), P.A + P.B)
class F(Flag):
    A = auto()
    B = auto()
    AB = A | B
print(F.AB, repr(F.A | F.B), F(3).name, ~F.AB, repr(~F.AB), bool(~F.AB), F.A & F.B, repr(F.A & F.B))
print([f for f in F], F.AB.value, len(F.AB), F.AB in F, F(3) in F)
class Temp(Enum):
    HOT = 1
    COLD = 2
    def __str__(self):
        return self.name.lower()
    def __format__(self, spec):
        return f"<{self.name}>"
print(Temp.HOT, f"{Temp.COLD}", format(Temp.HOT, "x"), "%s" % Temp.COLD)
class Num(IntEnum):
    ONE = 1
print(Num.ONE * 1.5, Num.ONE / 2, 2 ** Num.ONE, Num.ONE == 1.0, Num.ONE.to_bytes(2, "big"), hex(Num.ONE), bin(Num.ONE), chr(64 + Num.ONE))
print(range(10)[Num.ONE], "abc"[Num.ONE:], [0] * Num.ONE, Num.ONE.numerator, float(Num.ONE), str(Num.ONE), repr(Num.ONE))
