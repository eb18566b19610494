# Units as float subclasses: values print, compare and compute as floats.
import json
import math


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"

    def to_fahrenheit(self):
        return Fahrenheit(self * 9 / 5 + 32)

    @classmethod
    def from_kelvin(cls, k):
        return cls(k - 273.15)


class Fahrenheit(float):
    def __repr__(self):
        return f"Fahrenheit({float.__repr__(self)})"


t = Celsius(21.5)
print(t, repr(t), str(t), type(t).__name__, isinstance(t, float))
print(t + 1, type(t + 1).__name__, 1 + t, type(1 + t).__name__, t * 2, t / 4, t // 2, t % 5, -t, abs(-t), t ** 2)
print(t.to_fahrenheit(), repr(t.to_fahrenheit()), Celsius.from_kelvin(300), type(Celsius.from_kelvin(300)).__name__)
print(f"{t}", f"{t:.3f}", f"{t:>10}", f"{t!r}", format(t, "e"), "%.2f|%s|%r|%d" % (t, t, t, t))
print(t > 20, t < 20, t == 21.5, t != 21.5, t >= Celsius(21.5), max(t, 3.0), min([Celsius(3), Celsius(-1)]))
print(round(t), round(t, 0), type(round(t)).__name__, int(t), float(t), type(float(t)).__name__, bool(Celsius(0)))
print(math.floor(t), math.sqrt(Celsius(16)), math.isclose(t, 21.5), t.is_integer(), t.hex(), t.as_integer_ratio())
print(hash(t) == hash(21.5), {t: "warm"}[21.5], {21.5: "x"}[t], t in [21.5], sorted([Celsius(3), 1.5, Celsius(-2)]))
print(json.dumps({"t": t, "list": [Celsius(1), Fahrenheit(2.5)]}), json.dumps(Celsius(1e20)))
print(t.real, t.imag, type(t.real).__name__, sum([Celsius(1), Celsius(2.5)]), divmod(t, 4))
t.note = "measured"
print(t.note, vars(t), t.__dict__)
readings = [Celsius(x) for x in (19.5, 22.25, 18.0)]
print(readings, [str(r) for r in readings], sum(readings) / len(readings))
print(Celsius("3.5"), Celsius(), Celsius(2), type(Celsius(True)).__name__)
try:
    Celsius("warm")
except ValueError as e:
    print("ValueError:", e)
try:
    Celsius(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Strict(float):
    __slots__ = ()


s = Strict(2.5)
try:
    s.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(s * 2, repr(s), hasattr(s, "__dict__"))
