from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
print(Version(1, 2, "a") == Version(1, 2, "b"), Version(1, 5) < Version(2, 0), Version(1, 5, "z") <= Version(1, 5, "a"))
print(sorted([Version(2), Version(1, 9, "x"), Version(1, 3)]), Version(1) == (1, 0))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1)
try:
    p.x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1)), p == Point(1, 0), {p: "origin"}[Point(1)], isinstance(FrozenInstanceError(), AttributeError))
@dataclass
class Mutable:
    x: int
try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), hash(Plain(1)) != 0)
@dataclass(unsafe_hash=True)
class Hashed:
    x: int
print(hash(Hashed(3)) == hash((3,)))
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5
print(Derived(), Derived(2, 3), Derived.__match_args__)
