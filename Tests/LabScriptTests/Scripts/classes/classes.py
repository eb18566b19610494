class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
q = Point(1, 2)
print(p, p + q, p.norm(), p == Point(3, 4), p != q, Point.dims, p.dims, str(p), [p, q])
print(type(p).__name__, isinstance(p, Point), Point.__doc__, p.__class__.__name__)

class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), d, isinstance(d, Animal), issubclass(Dog, Animal), d.breed)

class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v in self.items

    def add(self, v):
        self.items.append(v)
        return self

    @staticmethod
    def describe():
        return "a counter"

    @classmethod
    def make(cls):
        return cls()

    @property
    def size(self):
        return len(self.items)

c = Counter().add(1).add(2)
Counter.make()
print(len(c), c[0], list(c), 2 in c, Counter.count, Counter.describe(), c.size, bool(c), bool(Counter()))

class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
    def __lt__(self, other):
        return len(self._items) < len(other._items)

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), bool(s), s.pop(), bool(s))
a, b = Stack(), Stack()
a.push(1)
print(b < a, sorted([a, b]) == [b, a], hasattr(s, "push"), getattr(s, "missing", "default"))
setattr(s, "label", "mine")
print(s.label, vars(Point(1, 2)))

class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __mul__(self, k):
        return Vector(*[x * k for x in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(*[-x for x in self.xs])
    def __repr__(self):
        return "Vector(" + ", ".join(map(str, self.xs)) + ")"
    def __call__(self, i):
        return self.xs[i]
    def __hash__(self):
        return hash(tuple(self.xs))
    def __eq__(self, o):
        return self.xs == o.xs

v = Vector(1, 2)
print(v * 3, 3 * v, -v, v(1), len({v, Vector(1, 2)}))

class Base:
    def hello(self):
        return "base"
class Mixin:
    def hello(self):
        return "mixin+" + super().hello()
class Child(Mixin, Base):
    pass
print(Child().hello(), [k.__name__ for k in Child.__mro__])
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__)
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
try:
    raise ValidationError("age", "must be positive")
except ValueError as err:
    print(err, err.field, type(err).__name__)
