# __dict__ and vars() are live, __new__, __slots__, class keywords, 3-argument type(), locals(),
# and int | float unions.
class Config:
    lr = 0.1
    epochs = 3

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


c = Config(lr=0.5, name="run")
print(c.lr, c.epochs, c.name)
vars(c)["epochs"] = 7
print(c.epochs, sorted(vars(c)))
d = c.__dict__
c.extra = 1
print(d["extra"], "extra" in d)
del d["extra"]
print(hasattr(c, "extra"))


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance

    def __init__(self, value):
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)


class Plugin:
    registry = []

    def __init_subclass__(cls, name="?", **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append((cls.__name__, name))


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin):
    pass


print(Plugin.registry)


class Plain(metaclass=type):
    pass


print(type(Plain()).__name__)

Dynamic = type("Dynamic", (Config,), {"epochs": 9, "describe": lambda self: f"{self.lr}/{self.epochs}"})
dyn = Dynamic()
print(Dynamic.__name__, dyn.describe(), isinstance(dyn, Config))


def f(a, b=2):
    c = a + b
    return locals()


print(f(1))


def outer():
    x = 10

    def inner(y):
        return locals(), x

    return inner(5)


print(outer())
Number = int | float
print(Number, isinstance(3, Number), isinstance(2.5, Number), isinstance("x", Number))
print(isinstance(None, int | None), issubclass(bool, int | str), type(Number).__name__)
print(int | None | float)

