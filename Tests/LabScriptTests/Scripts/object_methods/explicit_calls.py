# object's own methods called explicitly or through super(), as classes use them to fall back on
# the default behaviour.
class C:
    def __repr__(self):
        default = object.__repr__(self)
        return "C wrapping " + default[:default.index(" at 0x")] + ">"

    def __str__(self):
        return "str of " + object.__str__(self)


c = C()
print(repr(c), "|", str(c))
print(object.__repr__(c).startswith("<__main__.C object at 0x"), object.__repr__(c) == super(C, c).__repr__())


class Outer:
    class Inner:
        pass


print(repr(Outer.Inner())[:len("<__main__.Outer.Inner object at 0x")])
print(object.__repr__(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(object.__repr__(5).startswith("<int object at 0x"), object.__str__(5), object.__str__("text"))

# Equality and hashing.
print(object.__eq__(c, c), object.__eq__(c, C()), object.__ne__(c, c), object.__ne__(c, C()))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__lt__(c, c), object.__ge__(1, 2))


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    __hash__ = object.__hash__


p, q = Point(1), Point(1)
print(p == q, object.__ne__(p, q), object.__ne__(p, Point(2)), object.__ne__(p, 3))
print(hash(p) == object.__hash__(p), hash(p) == hash(q), type(object.__hash__(p)).__name__, len({p, q}))


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"


f = Frozen(1, 2)
print(f)
try:
    f.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init__(self, a):
        object.__init__(self)
        self.a = a


class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


child = Child(1, 2)
print(child.a, child.b, object.__new__(Child).__class__.__name__)
print(object.__format__(f, ""), format(c, ""), f"{f}")
for call in [lambda: object.__init__(child, 1), lambda: object.__init__(Outer.Inner(), 1),
             lambda: object.__format__(c, "x"), lambda: object.__eq__(c), lambda: object.__repr__()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
