import operator
from operator import itemgetter, attrgetter
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print(sorted(rows, key=itemgetter("v")), itemgetter(0, 2)("abc"), operator.mul(3, 4), operator.neg(2))
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"P({self.n})"
print(sorted([P(3), P(1)], key=attrgetter("n")), operator.add("a", "b"), operator.itemgetter(1)([5, 6]))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), operator.truediv(1, 4), operator.eq(1, 1.0))
