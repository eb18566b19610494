class A:
    """Doc."""
    count = 0
    def __init__(self, v=0):
        self.v = v
        A.count += 1
    def __repr__(self):
        return f"A({self.v})"
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __len__(self):
        return self.v
    def __bool__(self):
        return self.v != 0
    def __contains__(self, x):
        return x == self.v
    def __getitem__(self, k):
        return k * 2
    def __setitem__(self, k, val):
        print("set", k, val)
    def __delitem__(self, k):
        print("del", k)
    def __iter__(self):
        return iter(range(self.v))
    def __call__(self, *a, **k):
        return (a, k)
    def __str__(self):
        return "A-str"
    def __format__(self, spec):
        return "fmt:" + spec
print(A(1), [A(2)], str(A(3)), f"{A(4)}", f"{A(5):>3}", format(A(6), "x"))
print(A(1) == A(1), A(1) in {A(1)}, {A(1): "one"}[A(1)], sorted([A(3), A(1)]), A.count)
a = A(3)
a[1] = 2
del a[0]
print(a[5], len(a), bool(A(0)), 3 in a, list(a), a(1, x=2), A.__doc__, A.__name__)
print(max([A(2), A(5), A(1)]), min(A(2), A(1)))
print(hasattr(a, "v"), getattr(a, "v"), a.__dict__, type(a).__name__)
class B(A):
    def __repr__(self):
        return "B<" + super().__repr__() + ">"
print(B(2), isinstance(B(), A), issubclass(B, A), B.__mro__)
class C:
    pass
c = C()
print(c == c, c != C(), bool(c))
try:
    {c: 1}
    print("hashable default")
except TypeError as e:
    print(e)
try:
    hash(A)
    print("class hashable")
except TypeError as e:
    print(e)
class D:
    def __eq__(self, o):
        return True
try:
    {D(): 1}
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", code=7)
except E as e:
    print(e, e.code, e.args, repr(e))
class Temp:
    def __init__(self):
        self._t = 0
    @property
    def t(self):
        return self._t
t = Temp()
try:
    t.t = 5
except AttributeError as e:
    print("AttributeError:", e)
class F:
    x = 1
    def get(self):
        return self.x
f = F()
f.x = 2
print(f.get(), F.x, F().get())
class G:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(G().add(1).add(2).items)
print(type(A.count), type(A.__init__).__name__, type(a.__init__).__name__)
