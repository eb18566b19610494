# What complex numbers refuse, with CPython's messages.
import math
checks = [
    lambda: 1j < 2j,
    lambda: 1j >= 0,
    lambda: 1 > 1j,
    lambda: 1j // 2,
    lambda: 1j % 2,
    lambda: divmod(1j, 2),
    lambda: 1j / 0,
    lambda: 1j / 0j,
    lambda: 1 / 0j,
    lambda: 0j ** -1,
    lambda: 0j ** 1j,
    lambda: (1e200 + 1e200j) ** 2,
    lambda: int(1j),
    lambda: float(1j),
    lambda: round(1j),
    lambda: ~1j,
    lambda: math.sqrt(-1 + 0j),
    lambda: (1j).real.imag.nothing,
    lambda: [1, 2][1j],
    lambda: 1j & 1,
]
for check in checks:
    try:
        print(check())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(abs(1e308 + 1e308j))
