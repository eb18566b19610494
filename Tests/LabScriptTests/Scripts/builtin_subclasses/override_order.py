# Which method wins: overrides against the built-in's own operations, in CPython's order.
class Celsius(float):
    def __eq__(self, other):
        return abs(float(self) - float(other)) < 0.5
    def __lt__(self, other):
        return float(self) < float(other) - 0.5
a = Celsius(20.0)
print(a == 20.3, 20.3 == a, a != 20.3, a < 19.0, 19.0 > a, a < Celsius(21), sorted([Celsius(3), Celsius(1)]))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class K(str):
    def __getitem__(self, i):
        return "item"
    def __len__(self):
        return 99
k = K("abc")
print(k[0], len(k), list(k), k.upper(), "b" in k, bool(K("")), k[1:], sorted(k))
class N(int):
    def __index__(self):
        return 1
print([10, 20, 30][N(2)], hex(N(255)))
class V(tuple):
    def __eq__(self, other):
        return "custom"
    __hash__ = tuple.__hash__
print(V((1,)) == (1,), (1,) == V((1,)), V((1,)) != (1,), {V((1,)): 1}.get((1,)))
class T(int):
    def __init__(self, v):
        self.v = v * 10
t = T(4)
print(t, t.v, type(t), T.__name__, t.__class__.__mro__)
x = Celsius(2.5)
print(x.__add__(1), x.__radd__(1), float.__add__(x, 1), x.__class__(7), float.__new__(Celsius, 3))


class Temp(float):
    def __add__(self, other):
        return Temp(float(self) + float(other))
    def __iadd__(self, other):
        return Temp(float(self) + 2 * float(other))
t = Temp(1)
t += 1
print(t, type(t).__name__)
u = Temp(1)
u = u + 1
u -= 0.5
print(u, type(u).__name__)
class Big(int):
    pass
b = Big(2 ** 70)
print(b, b * 2, type(b * 2).__name__, b > 2 ** 69, hash(b) == hash(2 ** 70), b.bit_length(), -b, str(b)[:5], f"{b:,}")
class Neg(float):
    def __neg__(self):
        return "negated"
    def __bool__(self):
        return False
print(-Neg(1), +Neg(1), abs(Neg(-1)), "yes" if Neg(3) else "no", not Neg(3))
class L(list):
    pass
class R(list):
    def __radd__(self, other):
        return "radd"
print([1] + R([2]), L([1]) + R([2]), R([2]) + [1], type(R([2]) + [1]).__name__)
