class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})" if self.children else f"Node({self.value!r})"
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree, list(tree), sum(tree), max(tree))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec)
wallet = [Money(250), Money(199), Money(1000)]
print(sum(wallet), sorted(wallet), min(wallet), max(wallet), Money(1) == Money(1), Money(1) != Money(2))
print(f"{Money(5):>10}|", str(Money(12345)), [str(m) for m in wallet])
class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls.items[name] = fn
            return fn
        return deco
@Registry.register("double")
def double(x):
    return 2 * x
print(Registry.items["double"](21), list(Registry.items))
class Shape:
    sides = 0
    def describe(self):
        return f"{self.__class__.__name__} with {self.sides} sides, area {self.area():.2f}"
    def area(self):
        raise NotImplementedError
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        import math
        return math.pi * self.r ** 2
for shape in [Square(2), Circle(1)]:
    print(shape.describe())
try:
    Shape().describe()
except NotImplementedError:
    print("abstract")
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("ann").deposit(100).deposit(50)
print(acct, acct.balance * (1 + Account.interest), hasattr(acct, "owner"), getattr(acct, "missing", None))
Account.interest = 0.05
print(acct.interest, vars(acct))
try:
    acct.deposit(-1)
except ValueError as e:
    print(e)
class Meta:
    def __getattr__(self, name):
        return f"dynamic {name}"
print(Meta().anything, Meta().x)
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __getitem__(self, i):
        return (self.a, self.b)[i]
    def __len__(self):
        return 2
a, b = Pair(1, 2)
print(a, b, list(Pair("x", "y")), len(Pair(0, 0)))
class Base:
    def __init__(self):
        self.log = ["base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("mid")
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("leaf")
print(Leaf().log, isinstance(Leaf(), Base), type(Leaf()) is Leaf, Leaf.__name__, Leaf.__bases__[0].__name__)
print(type(acct), Account, str(type(3)))
class WithStatic:
    @staticmethod
    def helper(x):
        return x + 1
    def use(self):
        return self.helper(1) + WithStatic.helper(2)
print(WithStatic().use(), WithStatic.helper(10))
