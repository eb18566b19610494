# fractions.Fraction: construction, arithmetic, comparisons, hashing, rounding, limit_denominator.
from fractions import Fraction
import math

print(Fraction(16, -10), Fraction(123), Fraction(), Fraction("3/7"), Fraction(" -3/7 "), Fraction("1.414213 \t\n"))
print(Fraction("-.125"), Fraction("7e-6"), Fraction(2.25), Fraction(1.1), Fraction(Fraction(1, 7), 5), Fraction("1_000/3"))
print(repr(Fraction(3, 4)), str(Fraction(6, 3)), f"{Fraction(1, 3)}", [Fraction(1, 2)], Fraction(10**20, 3))
for bad in ["x", "1/0", "", "1/", "/2", "1.2/3", "1__0", "e5"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for args in [(1, 0), (1.5, 2), (float("nan"),), (float("inf"),), ([1],)]:
    try:
        Fraction(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
a, b = Fraction(1, 3), Fraction(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, b // a, b % a, a ** 2, b ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, 2 ** Fraction(3), 2 ** Fraction(-1))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 2 ** Fraction(1, 2), Fraction(1, 4) ** 0.5, Fraction(1, 4) ** Fraction(1, 2))
print(type(a * 3).__name__, type(a * 3.0).__name__, type(2 ** Fraction(3)).__name__, type(7 // a).__name__)
for f in [lambda: a / 0, lambda: a // 0, lambda: a % Fraction(0), lambda: Fraction(0) ** -1, lambda: Fraction(3, 2) / Fraction(0), lambda: Fraction(0) / 0, lambda: Fraction(-3, 2) / 0, lambda: 3 / Fraction(0)]:
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(Fraction(1, 2) == 0.5, 0.5 == Fraction(1, 2), Fraction(1, 3) == 1 / 3, Fraction(2) == 2, 2 == Fraction(2), Fraction(1, 2) != Fraction(2, 4))
print(Fraction(1, 3) < 0.34, Fraction(1, 3) > 1 / 3, 1 < Fraction(3, 2), Fraction(1, 2) <= Fraction(2, 4), Fraction(1, 2) < float("inf"), Fraction(1, 2) > float("-inf"))
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-3, 7), -1]), max(Fraction(1, 3), 0.3), min(2, Fraction(5, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(-1)))
print({Fraction(1, 2): "half"}[Fraction(2, 4)], len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
print(-a, +a, abs(b), bool(Fraction(0)), bool(a), int(b), float(a), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)))
print(round(Fraction(7, 3), 2), round(Fraction(12345, 1), -2), math.floor(b), math.ceil(b), math.trunc(b), math.floor(Fraction(10**30 + 1, 10)))
print(a.numerator, a.denominator, b.as_integer_ratio(), Fraction.from_float(0.1), Fraction.from_float(3))
print(Fraction("3.1415926535897932").limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(1, 3).limit_denominator(10))
print(Fraction(1.1).limit_denominator(), Fraction(-17, 7).limit_denominator(3), Fraction(125, 1000).limit_denominator(1))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
print(divmod(Fraction(7, 2), Fraction(1, 3)), divmod(Fraction(-7, 2), 2), divmod(Fraction(7, 2), 0.5))
total = sum(Fraction(1, n) for n in range(1, 11))
print(total, float(total), sum([Fraction(1, 10)] * 10) == 1, sum([0.1] * 10) == 1)
