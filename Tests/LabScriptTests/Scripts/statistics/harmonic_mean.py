# statistics.harmonic_mean: the reference's examples, weights, edge cases and generated data.
import random
from statistics import harmonic_mean, StatisticsError

print(harmonic_mean([2.5, 3, 10]))
print(harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([40, 60]), harmonic_mean([1, 2, 4]), harmonic_mean([7]), harmonic_mean([7.5]))
print(harmonic_mean([3, 0, 5]), harmonic_mean([0.0, -1]), harmonic_mean(iter([1, 2])))
print(harmonic_mean([1, 2], weights=[0, 3]), harmonic_mean([1e300, 1e-300]), harmonic_mean([True, 2]))
for bad in ([], [-1], [1, -2], [1, 2, 3]):
    try:
        print(harmonic_mean(bad, weights=[1, -1] if bad == [1, 2, 3] else None))
    except StatisticsError as e:
        print("StatisticsError:", e)
for data, weights in (([1, 2], [1]), ([1, 2], [-1, 2]), ([1, 2], [0, 0]), ([1, 2], [0.5, 0.0])):
    try:
        print(harmonic_mean(data, weights))
    except StatisticsError as e:
        print("StatisticsError:", e)
try:
    harmonic_mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

rng = random.Random(12)
for case in range(40):
    n = rng.randint(1, 9)
    if case % 3 == 0:
        data = [rng.randint(1, 1000) for _ in range(n)]
    else:
        data = [rng.uniform(0.001, 1e6) for _ in range(n)]
    weights = None if case % 2 else [rng.choice([rng.randint(0, 9), rng.random()]) for _ in range(n)]
    print(case, harmonic_mean(data, weights))
