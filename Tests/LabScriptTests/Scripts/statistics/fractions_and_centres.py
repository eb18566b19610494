# statistics over Fraction data (exact results stay Fractions, as CPython's _coerce picks), and
# variance/stdev with a given centre (xbar=, mu=), which CPython uses as given.
from fractions import Fraction as F
import statistics as st

data = [F(1, 2), F(1, 3), F(3, 4), 2]
for name in ("mean", "median", "median_low", "median_high", "mode", "variance", "pvariance",
             "stdev", "pstdev", "harmonic_mean", "fmean", "geometric_mean", "multimode", "quantiles"):
    print(name, repr(getattr(st, name)(data)))

print(repr(st.mean([F(1, 2), 0.5])), repr(st.mean([F(1, 3), F(2, 3)])), repr(st.mean([F(3, 2), True])))
print(repr(st.harmonic_mean([F(1, 2), F(1, 4)])), repr(st.harmonic_mean([F(1, 2), F(1, 4)], weights=[1, 3])))
print(repr(st.harmonic_mean([F(2, 3)])), repr(st.harmonic_mean([F(1, 2), 0])))
print(repr(st.variance([F(1), F(2), F(4)], F(2))), repr(st.pvariance([1, 2, 4], F(7, 3))))

# A centre that is not the mean changes the result: CPython trusts it.
print(repr(st.variance([1.5, 2.5, 4.0], 2.0)), repr(st.variance([1, 2, 4], 2)))
print(repr(st.pvariance([1.0, 2, 4], 2)), repr(st.stdev([1, 2, 4], 0)), repr(st.pstdev([1, 2, 4], 1.5)))
m = st.mean([2.5, 3.25, 5.5, 7.0])
print(repr(st.variance([2.5, 3.25, 5.5, 7.0], m)), repr(st.variance([2.5, 3.25, 5.5, 7.0])))
try:
    st.variance([1], 1)
except st.StatisticsError as e:
    print("StatisticsError", e)

# Generated cases: random Fractions, ints and floats, with and without a centre.
seed = 12345
def draw(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

for case in range(40):
    kind = draw(3)
    size = 2 + draw(6)
    if kind == 0:
        xs = [F(draw(50) - 20, 1 + draw(12)) for _ in range(size)]
    elif kind == 1:
        xs = [F(draw(50), 1 + draw(7)) if draw(2) else draw(30) for _ in range(size)]
    else:
        xs = [draw(1000) / 16 for _ in range(size)]
    centre = [None, xs[0], F(draw(9), 2), 1.25][draw(4)]
    if kind == 2 and isinstance(centre, F):
        centre = float(centre)
    row = [st.mean(xs), st.median(xs), st.variance(xs, centre), st.pvariance(xs, centre),
           st.stdev(xs, centre), st.pstdev(xs, centre)]
    print(case, [repr(v) for v in row])
