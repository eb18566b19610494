import random
random.seed(5)
s = random.getstate()
a = random.random()
random.setstate(s)
print(a == random.random(), len(s[1]), s[0], s[2])
for dist, args in [("betavariate", (2, 3)), ("betavariate", (0.5, 0.5)), ("gammavariate", (2, 1)), ("gammavariate", (0.3, 2)), ("gammavariate", (1, 3)),
                   ("lognormvariate", (0, 1)), ("vonmisesvariate", (1, 2)), ("vonmisesvariate", (0, 1e-7)), ("paretovariate", (3,)), ("weibullvariate", (1, 2)),
                   ("normalvariate", (5, 2)), ("expovariate", (2,)), ("triangular", (0, 1, 0.3))]:
    print(dist, [round(getattr(random, dist)(*args), 12) for _ in range(5)])
random.gauss(0, 1)
st = random.getstate()
x = random.gauss(0, 1)
random.setstate(st)
print(x == random.gauss(0, 1), st[2] is not None)
r = random.Random(42)
print(r.betavariate(2, 2), r.gammavariate(3, 1), r.getstate()[1][:3])
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError:", e)
