# statistics keeps the data's int or float subclass, as CPython's _coerce and _convert do.
import statistics
class C(float):
    def __repr__(self): return f"C({float(self)})"
class Q(int):
    def __repr__(self): return f"Q({int(self)})"
print(statistics.mean([C(1), C(2.5)]), statistics.mean([1.0, C(2)]), statistics.mean([Q(1), Q(3)]), statistics.mean([Q(1), Q(2)]))
print(statistics.variance([C(1), C(2), C(4)]), statistics.pvariance([Q(1), Q(3)]), statistics.mean([Q(1), 2.0]), statistics.mean([Q(2), 4]))
print(statistics.stdev([C(1), C(2)]), statistics.median([C(1), C(2)]), statistics.median([C(1), C(2), C(3)]), statistics.fmean([C(1), Q(2)]))
