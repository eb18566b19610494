# The functional API and enums made from data.
from enum import Enum, IntEnum, Flag

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.CAT.value, Animal(2))
Shape = Enum("Shape", ["SQUARE", "CIRCLE"], start=10)
print(list(Shape), Shape.CIRCLE.value)
Pairs = Enum("Pairs", [("LOW", 1), ("HIGH", 9)])
print(list(Pairs), Pairs(9))
Mapped = IntEnum("Mapped", {"ONE": 1, "TWO": 2})
print(Mapped.TWO + 1, repr(Mapped.ONE), Mapped.TWO)
Comma = Enum("Comma", "A, B,C")
print(list(Comma))
Bits = Flag("Bits", "A B C")
print(list(Bits), Bits.A | Bits.C, [b.value for b in Bits])
Typed = Enum("Typed", "X Y", type=str)
print(repr(Typed.X), Typed.X.value)
