from collections import namedtuple
Row = namedtuple("Row", ["name", "score", "rank"], defaults=[0, None])
r = Row("ann")
print(r, Row._fields, Row._field_defaults, Row._make(["bob", 3, 1]), r._replace(score=5), r._asdict())
print(Row("c", 1, 2).score, repr(Row), Row.__name__, Row(rank=4, name="d"))
R = namedtuple("R", "a def a _b", rename=True)
print(R._fields, R(1, 2, 3, 4))
for bad in [lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "a def"), lambda: namedtuple("T", "_a"),
            lambda: Row._make([1]), lambda: r._replace(bogus=1), lambda: Row()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Vec(namedtuple("Vec", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(3, -4)
print(v, v.norm1(), isinstance(v, tuple), v == (3, -4))
