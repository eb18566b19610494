# dir() of enum classes and members (EnumType.__dir__, Enum.__dir__), and a class's own __dir__.
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    """Colours."""
    RED = 1
    ALIAS = 1
    def hi(self):
        return 1
    @property
    def lower(self):
        return self.name.lower()
print(dir(Color))
print(dir(Color.RED))
Color.RED.tag = 3
print(dir(Color.RED))
class P(Flag):
    A = auto()
print(dir(P), dir(P.A))
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))
