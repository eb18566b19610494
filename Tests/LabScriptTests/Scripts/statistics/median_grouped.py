# statistics.median_grouped: the reference's examples, intervals, errors and generated data.
import random
from fractions import Fraction
from statistics import median_grouped, StatisticsError

print(median_grouped([52, 52, 53, 54]))
print(median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(median_grouped([7]), median_grouped([2.5, 3.5]), median_grouped([1, 2], interval=0.5))
print(median_grouped([Fraction(1, 2), Fraction(3, 4), Fraction(3, 4)]))
print(median_grouped([Fraction(1, 2), Fraction(3, 4)], interval=Fraction(1, 3)))
for bad, interval in (([], 1), (["a", "b"], 1), ([1, 2], "x")):
    try:
        print(median_grouped(bad, interval))
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__ + ":", e)
rng = random.Random(9)
for case in range(30):
    data = [rng.randint(0, 6) if case % 2 else round(rng.uniform(0, 5), 1) for _ in range(rng.randint(2, 12))]
    print(case, median_grouped(data, interval=rng.choice([1, 2, 0.5, 3])))
