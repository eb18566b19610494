from dataclasses import dataclass, field, fields, replace, asdict, astuple, KW_ONLY, MISSING, is_dataclass
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.price * 2
i = Item("a", 1.5)
print(i, replace(i, price=3.0), asdict(i), astuple(i))
print([f.name for f in fields(i)], fields(Item)[0].type, fields(Item)[1].default, fields(Item)[0].default is MISSING)
print(is_dataclass(i), is_dataclass(Item), is_dataclass(3))
try:
    replace(i, total=1)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(K(1, c=5), K(a=2))
try:
    K(1, 2)
except TypeError as e:
    print("TypeError:", e)
@dataclass(kw_only=True)
class Opts:
    lr: float = 0.1
    steps: int
print(Opts(steps=3))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
