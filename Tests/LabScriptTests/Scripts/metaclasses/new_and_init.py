# A metaclass with __new__ and __init__: it sees each class statement (name, bases, namespace,
# keywords), its methods and properties are visible on classes but not on instances.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = "Meta"
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", cls.__name__, kwargs)
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"class {cls.__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta):
    x = 1

    def method(self):
        return "method"


class B(A, flag=True):
    pass


print(type(A).__name__, type(B) is Meta, isinstance(A, Meta), isinstance(A, type), isinstance(A(), Meta))
print(A.describe(), B.describe(), A.upper_name, A.created_by, B.x, B().method())
print(hasattr(A(), "describe"), hasattr(A(), "upper_name"))
print(A, B, repr(Meta), Meta.__mro__)
print(issubclass(Meta, type), type(Meta))
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)
