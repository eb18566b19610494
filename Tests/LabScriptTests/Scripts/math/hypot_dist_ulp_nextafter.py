import math
vals = [(3e200, 4e200), (1, 2, 3), (0.1, 0.2), (1e-320, 3e-320), (1.5, 2.5, 3.5, 4.5), (3, 4), (1e308, 1e308), (2.0,), (), (0.0, -0.0), (5e-324, 5e-324, 1e-310)]
for v in vals: print(math.hypot(*v))
s = 1
for k in range(200):
    s = (s * 48271) % 2147483647
    a = [((s >> j) % 1000) / 7.0 - 60 for j in range(1 + k % 5)]
    print(math.hypot(*a), math.dist(a, [x / 3 for x in a]))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5), math.ulp(1e308), math.ulp(float("inf")), math.ulp(5e-324))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1), math.nextafter(2.0, 2.0), math.nextafter(float("inf"), 0))
