from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self): return self.price * self.qty
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
@dataclass
class Inv:
    items: list = field(default_factory=list)
    owner: str = "me"
    def __post_init__(self): self.count = len(self.items)
v = Inv([i]); print(v, v.count)
@dataclass
class D2(Item):
    discount: float = 0.0
print(D2("x", 2.0, 1, [], 0.5))
try: Item("x")
except TypeError as e: print(e)
@dataclass
class R:
    a: int = field(default=3, repr=False)
    b: str = "q"
print(R(), R(1, "z") == R(1, "z"))
print(asdict(v), astuple(v))
@dataclass
class Team:
    lead: Item
    by_role: dict = field(default_factory=dict)
t = Team(Item("a", 1.0), {"dev": [Item("b", 2.0)]})
print(asdict(t))
print(astuple(t))
try: asdict(5)
except TypeError as e: print(e)
