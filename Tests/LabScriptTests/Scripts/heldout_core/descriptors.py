class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


class Product:
    price = Positive()
    qty = Positive()
    count = 0

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty
        Product.count += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, {self.qty})"

    @classmethod
    def from_string(cls, text):
        name, price, qty = text.split(":")
        return cls(name, float(price), int(qty))

    @staticmethod
    def tax(amount):
        return round(amount * 0.2, 2)

    def __eq__(self, other):
        return (self.name, self.price) == (other.name, other.price)

    def __hash__(self):
        return hash((self.name, self.price))


p = Product.from_string("pen:1.5:10")
print(p, p.price, Product.tax(p.price * p.qty), Product.count)
try:
    p.qty = -3
except ValueError as e:
    print(e)
print(vars(p), type(Product.__dict__["price"]).__name__)
print(len({Product("a", 1, 1), Product("a", 1, 2), Product("b", 1, 1)}))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    def __getattr__(self, name):
        return f"<no {name}>"


t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c, t.kelvin)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "b", "unset"), hasattr(s, "a"), Slotted.__slots__)
