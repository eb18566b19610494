# The Enum HOWTO's first examples: members, names, values, repr/str/format, iteration, lookup.
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), type(Color.RED), isinstance(Color.GREEN, Color))
print(Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color)
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.GREEN, ">12"), "%s" % Color.BLUE, str(Color.BLUE))
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color.RED in Color, Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r", Color.GREEN: "g"}[Color.GREEN])
print(Color.__members__)
print(list(Color.__members__.items())[:1], "RED" in Color.__members__, len(Color.__members__))
print(Color.RED.__class__, type(Color), Color.__name__, Color.GREEN.__class__.__name__)
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE, lambda: Color.RED + 1]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError", "name" in str(e))
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))
print([(name, member) for name, member in Shape.__members__.items() if member.name != name])


class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()


print([o.value for o in Ordinal], Ordinal.WEST)


class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name


class Compass(AutoName):
    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Compass], Compass.SOUTH)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Reserved(Enum):
        _sunder_ = 1
except ValueError as e:
    print("ValueError:", e)
print(Color.RED.value.__class__, sorted(Color, key=lambda c: -c.value))
print(max(Color, key=lambda c: c.value), dict.fromkeys(Color, 0))
