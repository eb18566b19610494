import math
xs = [0.5, 1.7, 5, 10.5, 0.1, 100.25, -1.5, -2.5, 1e-25, 150.3, 171.5, -150.5, 3.0, 23, 24, 2.0, 1.0, 1e-5, 6.5, 4.999, 5.001, -0.5, 199.9, -201.5]
for x in xs:
    try:
        g = math.gamma(x)
    except (ValueError, OverflowError) as e:
        g = type(e).__name__ + ": " + str(e)
    try:
        l = math.lgamma(x)
    except (ValueError, OverflowError) as e:
        l = type(e).__name__ + ": " + str(e)
    print(x, g, l)
s = 3
for _ in range(150):
    s = (s * 48271) % 2147483647
    x = (s % 100000) / 997.0 - 30
    try:
        print(x, math.gamma(x), math.lgamma(x))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
for bad in [0, -3, float("-inf"), 172]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f(bad))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__ + ":", e)
