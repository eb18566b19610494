from statistics import NormalDist, mean, stdev, variance, fmean
from fractions import Fraction
import random
import math

random.seed(7)
control = [round(random.gauss(10.0, 2.0), 2) for _ in range(40)]
treated = [round(random.gauss(11.0, 2.2), 2) for _ in range(40)]
print("control", round(mean(control), 3), round(stdev(control), 3))
print("treated", round(mean(treated), 3), round(stdev(treated), 3))

diff = mean(treated) - mean(control)
se = math.sqrt(variance(control) / len(control) + variance(treated) / len(treated))
z = diff / se
p = 2 * (1 - NormalDist().cdf(abs(z)))
print(f"diff={diff:.3f} se={se:.3f} z={z:.3f} p={p:.4f}")
lo, hi = diff + NormalDist().inv_cdf(0.025) * se, diff + NormalDist().inv_cdf(0.975) * se
print(f"95% CI [{lo:.3f}, {hi:.3f}]")

c_dist = NormalDist.from_samples(control)
t_dist = NormalDist.from_samples(treated)
print(c_dist)
print(t_dist)
print("overlap", round(c_dist.overlap(t_dist), 4))
print("P(treated > 12)", round(1 - t_dist.cdf(12), 4))
print("deciles", [round(q, 2) for q in c_dist.quantiles(10)])
print("z of 14", round(c_dist.zscore(14), 3))
combined = c_dist + t_dist
print(combined, c_dist * 2, c_dist - 10)

power_n = []
for effect in (0.25, 0.5, 1.0):
    za, zb = NormalDist().inv_cdf(0.975), NormalDist().inv_cdf(0.8)
    n = math.ceil(2 * ((za + zb) / effect) ** 2)
    power_n.append((effect, n))
print(power_n)

sims = NormalDist(0, 1).samples(2000, seed=3)
inside = sum(1 for x in sims if abs(x) < 1.96)
print(inside / len(sims), round(fmean(sims), 4))
rates = [Fraction(3, 40), Fraction(5, 40), Fraction(9, 40)]
print(mean(rates), variance(rates), float(stdev(rates)))
print(variance(control, mean(control)) == variance(control))
