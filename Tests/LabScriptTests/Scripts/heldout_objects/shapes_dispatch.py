# Geometry with match on tuples and classes, plus an IntEnum for quadrants.
import math
from enum import IntEnum
from collections import namedtuple

Point = namedtuple("Point", "x y")


class Quadrant(IntEnum):
    ORIGIN = 0
    I = 1
    II = 2
    III = 3
    IV = 4


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


def quadrant(p):
    match p:
        case Point(0, 0):
            return Quadrant.ORIGIN
        case Point(x, y) if x > 0 and y >= 0:
            return Quadrant.I
        case Point(x, y) if x <= 0 and y > 0:
            return Quadrant.II
        case Point(x, y) if x < 0 and y <= 0:
            return Quadrant.III
        case _:
            return Quadrant.IV


def area(shape):
    match shape:
        case Circle(_, r):
            return math.pi * r ** 2
        case Rect(_, w, h) if w == h:
            return float(w * w)
        case Rect(w=w, h=h):
            return float(w * h)
        case (a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case other:
            raise TypeError(f"no area for {other!r}")


points = [Point(0, 0), Point(2, 3), Point(-1, 4), Point(-2, -2), Point(3, -1)]
for p in points:
    q = quadrant(p)
    print(p, q, int(q), q.name, q + 1, q == 2)
print(sorted([quadrant(p) for p in points], reverse=True))
shapes = [Circle(Point(0, 0), 1), Rect(Point(1, 1), 2, 2), Rect(Point(0, 0), 2, 5), (3, 4, 5)]
for s in shapes:
    print(type(s).__name__, round(area(s), 4))
try:
    area("square")
except TypeError as e:
    print("TypeError:", e)
print(Quadrant(3), repr(Quadrant.II), Quadrant.II * 2, [q for q in Quadrant if q % 2 == 0])
print(f"{Quadrant.IV}", format(Quadrant.I, "03d"), str(Quadrant.III), max(Quadrant))
