# statistics.NormalDist: the library reference's examples, and generated values checked against CPython.
from statistics import NormalDist, StatisticsError
from fractions import Fraction
import random

# The reference's examples.
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
temperature_february = NormalDist(5, 2.5)
print(temperature_february * (9/5) + 32)
birth_weights = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
drug_effects = NormalDist(0.4, 0.15)
combined = birth_weights + drug_effects
print(round(combined.mean, 1), round(combined.stdev, 1))
sat = NormalDist(1060, 195)
fraction = sat.cdf(1200 + 0.5) - sat.cdf(1100 - 0.5)
print(round(fraction * 100.0, 1))
print(list(map(round, sat.quantiles())))
print(list(map(round, sat.quantiles(n=10))))
print(NormalDist(mu=2.5, sigma=1).overlap(NormalDist(mu=5.0, sigma=1)))
n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)

# Values: pdf, cdf, inv_cdf, zscore, quantiles.
std = NormalDist()
print(std, std.pdf(0), std.cdf(0), std.cdf(1.96), std.inv_cdf(0.975), std.inv_cdf(0.5))
print(std.inv_cdf(1e-300), std.inv_cdf(0.01), std.inv_cdf(0.3), std.inv_cdf(0.999999))
print(n.pdf(110), n.cdf(Fraction(231, 2)), n.zscore(130), n.zscore(70), n.quantiles(8))
print(NormalDist(3, 2).quantiles(1), NormalDist(3, 2).quantiles(2), NormalDist(-1, 0.5).quantiles(5))

seed = 2024
def draw():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31

for k in range(30):
    mu = round(draw() * 200 - 100, 3)
    sigma = round(draw() * 20 + 0.01, 3)
    d = NormalDist(mu, sigma)
    x = mu + (draw() - 0.5) * 8 * sigma
    p = draw()
    other = NormalDist(round(draw() * 10, 2), round(draw() * 5 + 0.1, 2))
    print(k, d.pdf(x), d.cdf(x), d.inv_cdf(p), d.zscore(x), d.overlap(other), other.overlap(d))

# Arithmetic.
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, a / -4, +a, -a)
print(a == NormalDist(10.0, 3.0), a == b, a != b, a == 10, hash(a) == hash(NormalDist(10, 3)))
print(len({a, NormalDist(10, 3), b}), NormalDist(Fraction(1, 4), 2), NormalDist(True, 0))
for bad in (lambda: a * a, lambda: a + "x", lambda: 3 / a, lambda: a / 0):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# Errors.
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
            lambda: NormalDist(1, 0).zscore(1), lambda: std.inv_cdf(0), lambda: std.inv_cdf(1.0),
            lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist(1, 0).overlap(std),
            lambda: NormalDist.from_samples([1]), lambda: NormalDist.from_samples([])):
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError", e)
try:
    std.overlap(3)
except TypeError as e:
    print("TypeError", e)
try:
    std.pdf("x")
except TypeError as e:
    print("TypeError", e)
try:
    NormalDist("a", 1)
except ValueError as e:
    print("ValueError", e)

# Samples: from the random module's stream, or from a seeded generator of their own.
random.seed(7)
first = NormalDist(50, 5).samples(4)
random.seed(7)
print(first == NormalDist(50, 5).samples(4), first)
print(NormalDist(0, 1).samples(3, seed=42))
print(NormalDist(0, 1).samples(3, seed=42) == NormalDist(0, 1).samples(3, seed=42), NormalDist().samples(0))
print(NormalDist(1, 2).samples(2, seed="labrun"))
print(NormalDist.from_samples(NormalDist(30, 4).samples(500, seed=1)))
print(NormalDist.from_samples(range(1, 11)), NormalDist.from_samples([Fraction(1, 3), 1, 2]))
