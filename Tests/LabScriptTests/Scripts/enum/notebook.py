# Notebook-style uses: str-mixin splits as dict keys, parsing options, ordering by value, getattr.
from enum import Enum, IntEnum, Flag, IntFlag, auto, EnumMeta, EnumType, StrEnum
import enum
import copy
class Color(Enum):
    RED = 1
print(getattr(Color, "BLUE", "none"), hasattr(Color, "RED"), hasattr(Color, "BLUE"), getattr(Color, "RED"))
class G:
    def __getattr__(self, name):
        raise AttributeError(name)
print(getattr(G(), "x", 5))
try:
    Color.BLUE
except AttributeError as e:
    print(repr(e))
# notebook-style: config with enums
class Split(str, Enum):
    TRAIN = "train"
    TEST = "test"
counts = {Split.TRAIN: 80, Split.TEST: 20}
for split, n in counts.items():
    print(f"{split.value:>6}: {n}", split == "train", split.name.title())
print(Split("test") is Split.TEST, Split.TRAIN.upper(), sorted(counts), Split.TRAIN < Split.TEST)
class Optim(Enum):
    SGD = "sgd"
    ADAM = "adam"
    @classmethod
    def parse(cls, s):
        try:
            return cls(s.lower())
        except ValueError:
            raise ValueError(f"unknown optimizer {s!r}; choose from {[o.value for o in cls]}") from None
print(Optim.parse("ADAM"))
try:
    Optim.parse("rmsprop")
except ValueError as e:
    print(e)
class Stage(Enum):
    PREP = auto()
    TRAIN = auto()
    EVAL = auto()
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
print(sorted([Stage.EVAL, Stage.PREP, Stage.TRAIN]), Stage.PREP < Stage.EVAL, max(Stage))
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(isinstance(Color, EnumMeta), EnumMeta is EnumType, type(Color) is EnumMeta, issubclass(Color, Enum))
print(Color.RED.RED, Color._member_names_, Color._member_map_, Color._value2member_map_)
print(Color.__members__.get("RED"), dict(Color.__members__), Color.__members__["GREEN"])
print(vars(Color.RED))
print(sorted(Color, key=lambda c: c.name, reverse=True))
print(Color.RED._name_, Color.RED._value_)
print([m for m in Color.__members__.values()])
print(str(Color), repr(Color), Color.__qualname__, Color.__module__)
print(enum.Enum, enum.IntEnum, enum.Flag, enum.auto)
print(dir(Color.RED)[:3] if False else "skip")
class Pri(IntEnum):
    A = 1
    B = 2
print(",".join(str(p) for p in Pri), Pri.A in [1, 2], 1 in {Pri.A: 0}, {Pri.A: "x"}[1], Pri.A.__class__)
d = {Color.RED: 1}
print(d, Color.RED in d, Color(Color.RED))
class E(Enum):
    pass
print(list(E), len(E))
try:
    E(1)
except Exception as e:
    print(type(e).__name__, e)
class Sub(E):
    X = 1
print(Sub.X, isinstance(Sub.X, E))
print(type(Color.RED).__mro__)
print(Pri.__mro__)
print(bool(Color), bool(Color.RED), not Color.RED)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
print(Color.RED.__hash__() == hash("RED"))
print(max(Pri, key=int), min(Pri))
print(f"{Pri.A!s} {Pri.A!r} {Color.RED!s:>10}")
x = Color.RED
match x:
    case Color.GREEN:
        print("green")
    case Color.RED:
        print("red")
class Animal(Enum):
    DOG = "dog"
    CAT = "cat"
    @property
    def sound(self):
        return {"dog": "woof", "cat": "meow"}[self.value]
    def __repr__(self):
        return f"Animal({self.value!r})"
print(Animal.DOG.sound, [Animal.CAT], Animal.CAT)
