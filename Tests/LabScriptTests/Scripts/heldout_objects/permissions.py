# File permissions as a Flag, with bit arithmetic, membership and iteration.
from enum import Flag, IntFlag, auto, unique, Enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


users = {"ann": Perm.READ | Perm.WRITE, "bob": Perm.READ, "cy": Perm.READ | Perm.WRITE | Perm.EXEC, "dee": Perm(0)}
for name, p in users.items():
    print(name, p, repr(p), bool(p), Perm.WRITE in p, p.value)
print(Perm.RW, Perm.RW is (Perm.READ | Perm.WRITE), list(Perm))
print(users["cy"] & ~Perm.EXEC, users["ann"] ^ Perm.READ)
m = Mode.R | Mode.X
print(m, repr(m), int(m), m & 4, Mode(6), Mode.W + 1, oct(Mode.R | Mode.W | Mode.X))


@unique
class Color(Enum):
    RED = "r"
    GREEN = "g"


print(Color("g"), Color.RED.value, Color.GREEN.name)
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Size(Enum):
    SMALL = 1
    S = 1
    LARGE = 3


print(Size.S, Size.S is Size.SMALL, list(Size), list(Size.__members__))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = "x"
except AttributeError as e:
    print("AttributeError:", e)
