# typing.NamedTuple and typing.TypedDict in class syntax, as notebooks use them for records.
from typing import NamedTuple, TypedDict, Optional


class Point(NamedTuple):
    """A point in the plane."""
    x: float
    y: float = 0.0
    label: Optional[str] = None

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3.0, 4.0)
print(p, repr(p), p.norm(), p.swapped, p._fields, p._field_defaults, Point.__annotations__)
print(p == (3.0, 4.0, None), isinstance(p, tuple), p[0], len(p), list(p), p._replace(label="a"), p._asdict())
x, y, label = p
print(x, y, label, Point._make([1, 2, "q"]), sorted([Point(2, 1), Point(1, 5)]), Point.__doc__, hash(p) == hash((3.0, 4.0, None)))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Worse(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "r"), Pair._fields, Pair.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    stars: float


m = Movie(title="Up", year=2009)
r = Rated(title="Heat", year=1995, stars=4.5)
print(m, type(m), r, Movie.__total__, Rated.__total__, Rated.__annotations__, sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__))
print(m["title"], r.get("stars"), Movie(), Movie({"title": "x"}, year=1), Movie.__name__, Rated.__mro__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
Config = TypedDict("Config", {"lr": float, "steps": int}, total=False)
print(Config(lr=0.1), Config.__total__, sorted(Config.__optional_keys__))
