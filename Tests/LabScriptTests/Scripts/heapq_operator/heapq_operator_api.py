import heapq, operator
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])), list(heapq.merge(["b", "a"], ["c"], key=str.upper if False else None)))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8], key=lambda x: -x), list(heapq.merge([3, 1], [2], reverse=True)))
h = []; [heapq.heappush(h, x) for x in [5, 3, 8]]; print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
ig = operator.itemgetter(1, 0); print(ig([5, 6]), operator.itemgetter("a")({"a": 1}), ig)
class Q:
    pass
class P:
    def __init__(self): self.a = Q(); self.a.b = 3; self.x = 1
ag = operator.attrgetter("a.b", "x"); print(ag(P()), operator.attrgetter("x"))
mc = operator.methodcaller("split", ","); print(mc("a,b"), mc)
print(operator.add(1, 2), operator.mul(3, 4), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(3), operator.pos(-3), operator.abs(-2), operator.not_(0), operator.truth(1), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(3, 2), operator.ge(1, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf([4, 5], 5), operator.getitem([1, 2], 0))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.index(5), operator.length_hint([1, 2]))
x = [1]; print(operator.iadd(x, [2]), x, operator.matmul if True else None, operator.sub(5, 3), operator.truediv(3, 4))
print(operator.__add__(2, 3), operator.iconcat([1], [2]), operator.imul(3, 4))
