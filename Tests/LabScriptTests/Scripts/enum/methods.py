# Enums with methods, properties, classmethods, __init__ from tuple values, _missing_, _ignore_
# and members that are not made (functions, descriptors, nonmember).
from enum import Enum, auto, unique, member, nonmember


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 4))
print(Planet((3.303e+23, 2.4397e6)), repr(Planet.VENUS))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), f"{Mood.FUNKY}", repr(Mood.HAPPY))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return cls.UNKNOWN if value == "?" else None


print(Status("ACTIVE"), Status("?"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)


class Period(Enum):
    _ignore_ = ["i", "scale"]
    scale = 10
    for i in range(3):
        pass
    DAY = 1
    WEEK = 7 * DAY


print(list(Period), hasattr(Period, "i"), hasattr(Period, "scale"), Period.WEEK.value)


class Things(Enum):
    A = 1
    helper = nonmember(10)
    f = member(lambda x: x * 2)

    def regular(self):
        return "regular"


print(list(Things)[0], len(Things), Things.helper, Things.f.value(4), Things.A.regular())


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2

    @classmethod
    def from_name(cls, name):
        return cls[name.upper()]

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Weekday.from_name("monday").next(), Weekday.TUESDAY.next())
print(unique(Weekday) is Weekday)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        FIVE = 1
except ValueError as e:
    print("ValueError:", e)


try:
    class Ord(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


