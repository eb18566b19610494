# Vectors and records as tuple subclasses with __new__ and arithmetic overrides.
class Vec(tuple):
    def __new__(cls, *components):
        return super().__new__(cls, components)

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __repr__(self):
        return "Vec" + tuple.__repr__(self)


class Money(tuple):
    def __new__(cls, amount, currency="EUR"):
        return super().__new__(cls, (round(amount, 2), currency))

    def __str__(self):
        return f"{self[0]:.2f} {self[1]}"

    @property
    def amount(self):
        return self[0]


v = Vec(1, 2)
w = Vec(3, 4)
print(v, w, v + w, 2 * v, v * 3, -v, abs(w), len(v), v[0], v[1:], type(v[1:]).__name__)
print(v == (1, 2), v < w, hash(v) == hash((1, 2)), {v: "a"}[(1, 2)], tuple(v), list(w), type(tuple(v)).__name__)
x, y = w
print(x, y, isinstance(v, tuple), 2 in v, v.index(2), v.count(1), sorted([w, v]), max(v), [*v, *w])
print(v + (5,) if False else tuple.__add__(v, (5,)), type(tuple.__add__(v, (5,))).__name__)
m = Money(3.14159)
print(m, repr(m), str(m), m.amount, f"{m}", "%s" % (m,), [m], m + ("x",), type(m + ("x",)).__name__)
print(Money(1, "USD") == (1, "USD"), m[1], len(m), list(m), dict([Money(2, "GBP")]))


class Plain(tuple):
    pass


p = Plain([3, 1, 2])
print(p, repr(p), str(p), type(p).__name__, sorted(p), p * 2, type(p * 2).__name__, bool(Plain()), Plain("ab"))
p.label = "three"
print(p.label, p.__dict__)
