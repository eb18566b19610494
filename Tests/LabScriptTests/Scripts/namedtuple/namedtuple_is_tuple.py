from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(isinstance(p, tuple), issubclass(Point, tuple), p == (1, 2), (1, 2) == p, p != (1, 3))
print(hash(p) == hash((1, 2)), {(1, 2): "found"}[p], p < Point(1, 3), p >= (1, 2), max(Point(3, 0), Point(2, 9)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
x, y = p
print(x, y, p + (3,), (0,) + p, p * 2, p[::-1], p[-1], len(p), list(p), tuple(p), 2 in p, p.count(1), p.index(2))
print(dict(zip(["a", "b"], p)), sum(p), [v * 10 for v in p], "{} {}".format(*p))
