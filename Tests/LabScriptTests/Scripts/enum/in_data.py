# Enums in dataclasses, as dict/Counter keys, in sorting, enumerate/zip, and dispatching with match.
from enum import Enum, IntEnum, auto
from dataclasses import dataclass, field
class Color(Enum):
    RED = "r"
    BLUE = "b"
@dataclass
class Pixel:
    x: int
    color: Color = Color.RED
p = Pixel(1)
print(p, p == Pixel(1, Color.RED), f"{Color}", str(Color), [Color], {Color.RED, Color.RED, Color.BLUE} == {Color.RED, Color.BLUE})
print(Color.RED.value.upper(), Color("b").name, sorted(c.value for c in Color))
def f(c: Color = Color.BLUE) -> str:
    return c.name
print(f(), f(Color.RED))
class Level(IntEnum):
    DEBUG = 10
    INFO = 20
lv = Level.INFO
print(lv >= Level.DEBUG, lv > 15, Level(10) < 20, sorted([20, Level.DEBUG, 15]), lv + lv, type(lv + 1))
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] = counts.get(c, 0) + 1
print(counts, max(counts, key=counts.get))
import collections
print(collections.Counter([Color.RED, Color.RED, Color.BLUE]).most_common(1))
print(list(map(lambda c: c.value, Color)), list(zip(Color, range(5))), list(enumerate(Color, 1)))
print(Color.RED is Color["RED"] is Color("r") is getattr(Color, "RED"))
print(any(c is Color.BLUE for c in Color), Color.BLUE in list(Color), list(Color).index(Color.BLUE))
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def area(self, size):
        match self:
            case Shape.CIRCLE:
                return round(3.14159 * size ** 2, 2)
            case Shape.SQUARE:
                return size * size
print([s.area(2) for s in Shape])
