# statistics.fmean with weights: the reference's example, errors and generated cases.
import random
from statistics import fmean, StatisticsError

print(fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 3]), weights=iter([3, 2, 1])))
print(fmean([10**20, 1], weights=[1, 10**20]), fmean([1e308, 1e308], weights=[0.5, 0.5]))
for data, weights in (([1, 2], [1]), ([1, 2], [0, 0]), ([1, -1], [1, 1]), ([], [])):
    try:
        print(fmean(data, weights))
    except StatisticsError as e:
        print("StatisticsError:", e)
try:
    fmean([])
except StatisticsError as e:
    print("StatisticsError:", e)
rng = random.Random(5)
for case in range(30):
    n = rng.randint(1, 8)
    data = [rng.uniform(-100, 100) if case % 2 else rng.randint(-50, 50) for _ in range(n)]
    weights = [rng.random() if case % 3 else rng.randint(0, 5) for _ in range(n)]
    try:
        print(case, fmean(data, weights))
    except StatisticsError as e:
        print(case, "StatisticsError:", e)
