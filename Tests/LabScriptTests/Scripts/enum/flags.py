# Flag and IntFlag: bit operators, membership, iteration over set bits, pseudo-members.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw), rw.value, rw.name)
print(Perm(0), repr(Perm(0)), bool(Perm(0)), list(Perm(0)), Perm(7), ~Perm.R, ~rw, rw & Perm.R, rw ^ Perm.W)
print(list(Perm), len(Perm), Perm(3) is rw, Perm["W"], [p.value for p in Perm])
for bad in [lambda: Perm(8), lambda: 1 in rw, lambda: Perm.R | 1]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(Color.WHITE, repr(Color.BLACK), list(Color), list(Color.__members__), Color.RED | Color.GREEN | Color.BLUE)
print(Color(5), list(Color.WHITE), Color.BLACK in Color.WHITE, len(Color.WHITE))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, repr(m), int(m), m == 5, m & 4, repr(m & 4), Mode(6), Mode.W + 1, oct(Mode.R | Mode.W | Mode.X))
print(repr(Mode(8)), repr(Mode(13)), repr(~Mode.R), Mode.R | 8, repr(Mode.R | 8), list(Mode(7)), f"{m}", format(m, "b"))


class Order(Flag):
    C = 4
    B = 2
    A = 1


print(repr(Order(7)), list(Order(7)))
