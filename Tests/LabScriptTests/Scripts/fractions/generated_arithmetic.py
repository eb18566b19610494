# Random fractions against ints and floats: every operator, comparison and hash.
import random
from fractions import Fraction

random.seed(5)
def rand_fraction():
    return Fraction(random.randint(-50, 50), random.randint(1, 30))
for _ in range(120):
    x, y = rand_fraction(), rand_fraction()
    n = random.randint(-5, 5)
    f = round(random.uniform(-3, 3), 2)
    row = [x + y, x - y, x * y, x + n, n - x, x * f, x < y, x <= f, x == n, hash(x) == hash(float(x)) if x.denominator in (1, 2, 4, 8) else hash(x)]
    if y:
        row += [x / y, x // y, x % y]
    if n:
        row += [x ** n]
    print(*row)
