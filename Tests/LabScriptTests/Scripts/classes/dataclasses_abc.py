from dataclasses import dataclass, field, asdict
from abc import ABC, abstractmethod
from typing import List, Optional
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True)
class Item:
    name: str
    price: float = 1.0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None
p = Point(1)
q = Point(1, 2)
print(p, q, p == Point(1, 0), p == q, p.x, Point(y=5, x=3))
items = [Item("b", 2.5), Item("a", 2.5, ["x"])]
items[0].tags.append("new")
print(items, sorted(items)[0].name, items[1].tags, Item("z").tags is not Item("z").tags)
print(asdict(items[1]))
@dataclass
class Config:
    lr: float = 3e-4
    epochs: int = 3
    def describe(self):
        return f"lr={self.lr}, epochs={self.epochs}"
    def __post_init__(self):
        self.steps = self.epochs * 10
c = Config(epochs=5)
print(c, c.describe(), c.steps)
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area(), isinstance(Sq(1), Shape))
try:
    Point()
except TypeError as e:
    print(e)
