# cmath's core functions on finite arguments, checked bit for bit against CPython.
import cmath
import random

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
values = [0j, -0j, 1, -1, 2.5, -4, 1j, -1j, 3 + 4j, -3 + 4j, -3 - 4j, 1e-310 + 1e-310j, 5e-324j, 1e300 + 1e300j,
          0.8 + 0.6j, 1.2 - 0.1j, complex(-1, -0.0), complex(-1, 0.0), 1e-8 + 1j]
for z in values:
    print(repr(z), cmath.sqrt(z), cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
    if z != 0:
        print("  log", cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 1j + 2))
    if abs(z) < 700:
        print("  exp", cmath.exp(z))
for r, phi in [(1, 0), (2, cmath.pi / 2), (-1, 0.5), (3, -0.0), (0, 1), (1.5, -2.25)]:
    print(cmath.rect(r, phi))
rng = random.Random(7)
for _ in range(40):
    z = complex(rng.uniform(-50, 50), rng.uniform(-50, 50))
    print(cmath.sqrt(z), cmath.log(z), cmath.exp(z / 10), cmath.polar(z), cmath.rect(*cmath.polar(z)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1))
for call in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"),
             lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.phase([])]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(cmath.phase(complex(float("nan"), 1)), cmath.polar(cmath.infj), cmath.isinf(complex(1, float("inf"))))


class Impedance:
    def __complex__(self):
        return 3 + 4j


print(cmath.polar(Impedance()), cmath.sqrt(Impedance()))
