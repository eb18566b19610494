from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)


@dataclass
class Discounted(Item):
    discount: float = 0.0


d = Discounted("x", 2.0)
print(d, d.tags is not Discounted("y", 1.0).tags)
print(Discounted("z", 3.0, 2, ["a"], 0.5))
