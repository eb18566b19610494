import math
from math import sqrt, pi as PI
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), sqrt(2), math.floor(3.7), math.ceil(3.2), math.floor(-3.5), math.trunc(-3.7), type(math.floor(2.5)).__name__)
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(PI / 4), math.atan2(1, 1), math.degrees(PI), math.radians(180))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(17))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.fabs(-2), math.copysign(3, -0.0))
print(math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.pow(2, 0.5))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.erf(0.5), math.gamma(5))
print(math.dist((0, 0), (3, 4)), math.exp(-1), math.sqrt(1e-300), math.log(2 ** 1000))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
