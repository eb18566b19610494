import math

print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(3, math.inf))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2))
try:
    math.remainder(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
