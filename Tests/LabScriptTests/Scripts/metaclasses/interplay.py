# Metaclasses with __init_subclass__, class keywords, type(), explicit type.__new__, a function
# as metaclass, and the conflict error.
class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        print("Meta.__new__", name, kwargs)
        return super().__new__(mcs, name, bases, namespace, **kwargs)

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, label=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("__init_subclass__", cls.__name__, label)
        cls.label = label


class Child(Base, label="child"):
    pass


print(Child, Child.label, type(Child), repr(Base))

# type() with a base whose metaclass is Meta makes a Meta class.
Dynamic = type("Dynamic", (Base,), {"x": 1})
print(type(Dynamic).__name__, Dynamic.x, Dynamic.label)

# type.__new__ called explicitly.
class Explicit(type):
    def __new__(mcs, name, bases, namespace):
        return type.__new__(mcs, name, bases, namespace)


class E(metaclass=Explicit):
    value = 5


print(type(E).__name__, E.value, isinstance(E, Explicit))


# A plain function as metaclass: whatever it returns is bound to the name.
def make_dict(name, bases, namespace):
    return {"name": name, "keys": sorted(k for k in namespace if not k.startswith("__"))}


class NotAClass(metaclass=make_dict):
    a = 1
    b = 2


print(NotAClass)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Mixed(Base, O):
        pass
except TypeError as e:
    print("TypeError:", e)


# A subclass of both metaclasses resolves the conflict.
class Both(Meta, Other):
    pass


class Mixed(Base, O, metaclass=Both):
    pass


print(type(Mixed).__name__, [c.__name__ for c in type(Mixed).__mro__])

# The most derived metaclass wins over an explicit base one.
class Derived(Meta):
    pass


class D1(metaclass=Derived):
    pass


class D2(D1, metaclass=Meta):
    pass


print(type(D2).__name__)

# Errors from type.__new__.
try:
    type.__new__(Meta, "X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(Meta, 1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    Meta("X", [], {})
except TypeError as e:
    print("TypeError:", e)

# type's own methods, reached through a metaclass that does not define them.
made = Other.__new__(Other, "Made", (), {"k": 1})
print(type(made).__name__, made.k, type(Other.__call__(made)).__name__, Other.__init__(made, "Made", (), {}))
