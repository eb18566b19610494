# The descriptor protocol for classes a lab defines: __get__/__set__/__delete__, data and
# non-data precedence, __set_name__, class access, super(), and a class's own __getattribute__.


class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2.5)
print(p.x, p.y, sorted(vars(p).items()), type(Point.x).__name__, Point.x.name)
p.x = 10
p.__dict__["x"] = "shadow"  # a data descriptor wins over the instance dict
print(p.x, p.__dict__["x"])
try:
    p.y = "no"
except TypeError as e:
    print("TypeError:", e)
del p.y
print(hasattr(p, "_y"), "_y" in vars(p))


class Lazy:
    """A non-data descriptor: computes once, then the instance dict shadows it."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Data:
    calls = 0

    @Lazy
    def total(self):
        Data.calls += 1
        return sum(range(10))


d = Data()
print(d.total, d.total, Data.calls, Data.total)
d.total = 99
print(d.total, Data.calls)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __delete__(self, obj):
        pass


class Holder:
    answer = ReadOnly()


h = Holder()
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
print(h.answer)


class Base:
    attr = Lazy(lambda self: "from base")


class Child(Base):
    @property
    def attr(self):
        return "child sees " + super().attr


print(Child().attr)


class Traced:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback {name}"

    def method(self):
        return "method ran"


t = Traced()
print(t.a, t.secret_key, t.missing, t.method())


class Counted:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)


c = Counted()
c.value = 3
print(c.value, c.log)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("refused")


try:
    class Owner:
        field = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
