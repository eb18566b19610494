# Config values and flags as int subclasses.
class Flags(int):
    NAMES = ["read", "write", "exec"]

    def __repr__(self):
        names = [n for i, n in enumerate(self.NAMES) if self & (1 << i)]
        return "Flags(" + "|".join(names or ["none"]) + ")"

    def __or__(self, other):
        return Flags(int(self) | int(other))

    __ror__ = __or__


class Quantity(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError(f"negative quantity {value}")
        return super().__new__(cls, value)

    def __init__(self, value):
        self.original = value


class Percent(int):
    def __format__(self, spec):
        return format(int(self), spec) + "%"

    def __bool__(self):
        return self > 50


f = Flags(1) | Flags(2)
print(f, repr(f), str(f), f"{f}", f | 4, type(f | 4).__name__, 4 | f, f & 1, type(f & 1).__name__, f + 1, type(f + 1).__name__)
print(int(f), f == 3, f.bit_length(), f.to_bytes(2, "big"), hex(f), bin(f), f << 2, ~f, -f, +f, type(+f).__name__)
q = Quantity(7)
print(q, repr(q), q.original, q + 1, q * 2, q // 2, q / 2, q % 4, 2 ** q, divmod(q, 3), pow(q, 2, 5), abs(Quantity(0)))
print([10, 20, 30, 40][Quantity(1)], "ab" * Quantity(2), list(range(Quantity(3))), f"{q:03d}", "%d|%x|%5s" % (q, q, q))
print(q == 7, hash(q) == hash(7), {q: "seven"}[7], sorted([Quantity(3), 1, Quantity(2)]), sum([q, q]), max(q, 3))
try:
    Quantity(-1)
except ValueError as e:
    print("ValueError:", e)
p = Percent(75)
print(f"{p}", f"{p:>5}", format(p, "d"), str(p), repr(p), bool(p), bool(Percent(10)), "yes" if Percent(60) else "no")
print(Flags("12"), Flags("ff", 16), Flags(2.9), isinstance(q, int), issubclass(Quantity, int), Quantity.__bases__)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(Flags, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    float.__new__(Quantity, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Flags)
except TypeError as e:
    print("TypeError:", e)
try:
    q + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Quantity(1) < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    class Tagged(int):
        __slots__ = ("tag",)
except TypeError as e:
    print("TypeError:", e)


class Loose(float):
    __slots__ = ("unit",)


class Passing(int):
    def __init__(self, value):
        super().__init__()
        self.doubled = value * 2


class Forwarding(int):
    def __init__(self, value):
        super().__init__(value)


x = Loose(2)
x.unit = "kg"
print(x, x.unit, Passing(4).doubled, Passing(4))
try:
    Forwarding(3)
except TypeError as e:
    print("TypeError:", e)
