from dataclasses import dataclass, field
from collections import namedtuple


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Box:
    w: int
    h: int
    label: str = "box"
    tags: list = field(default_factory=list)


Pair = namedtuple("Pair", "left right")


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Box(w, h, label="square") if w == h:
            return f"square {w}"
        case Box(w, h, lbl):
            return f"box {w}x{h} {lbl}"
        case Pair(l, r):
            return f"pair {l} {r}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict(d):
            return f"dict {d}"
        case tuple((a, b)):
            return f"plain tuple {a} {b}"
        case bool(b):
            return "unreachable bool"
    return "nothing"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Box(2, 2, "square"), Box(2, 3),
          Pair(1, 2), 7, 2.5, True, "s", [9, 8], [], {"k": 1}, (1, 2), (1, 2, 3), None]:
    print(where(p))
print(Box.__match_args__, Pair.__match_args__)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class NonStr:
    __match_args__ = (1,)


class Both:
    __match_args__ = ("a",)
    a = 1


for subject, cls in [(NoArgs(), NoArgs), (BadArgs(), BadArgs), (NonStr(), NonStr), (Both(), Both)]:
    try:
        match subject:
            case NoArgs(x):
                pass
            case BadArgs(x):
                pass
            case NonStr(x):
                pass
            case Both(x, a=2):
                pass
    except TypeError as e:
        print("TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)


class Lazy:
    __match_args__ = ("missing",)


match Lazy():
    case Lazy(x):
        print("matched?")
    case _:
        print("missing attribute does not match")
