# Which special methods built-in values have, as hasattr and getattr see them.
names = ['__iter__', '__next__', '__len__', '__contains__', '__getitem__', '__setitem__', '__delitem__', '__call__',
         '__add__', '__radd__', '__mul__', '__rmul__', '__sub__', '__and__', '__or__', '__mod__', '__hash__', '__int__',
         '__float__', '__index__', '__bool__', '__neg__', '__abs__', '__lt__', '__round__', '__iadd__', '__ior__']
values = [5, 2.5, True, "s", [1], (1,), {1: 2}, {1}, frozenset({2}), None, b"x", bytearray(b"y"), range(2), len,
          iter([]), (x for x in []), {}.keys(), {}.values(), lambda: 0]
for v in values:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
print((5).__add__(2), (5).__radd__(2), (5).__index__(), (2.7).__int__(), (7).__float__(), (2.567).__round__(2))
print([1, 2].__len__(), "ab".__contains__("a"), (3).__neg__(), len.__call__([1, 2]), (lambda x: x + 1).__call__(1))
def iterable(x):
    return hasattr(x, "__iter__")
print([iterable(v) for v in values])
print(getattr(5, "__iter__", "missing"), getattr([], "__hash__", "missing"), callable(getattr(5, "__add__")))
