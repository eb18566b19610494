s = {3, 1, 2}
print(s, len(s), 2 in s, set(), {1, 2} == {2, 1})
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s, sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}))
print(set("hello"), sorted(set("hello")), set([10, 5, 100, 1]), {100, 50, 25, 12, 6, 3})
print(frozenset([1, 2]), frozenset(), {frozenset([1]): "x"})
print(set(range(20)), {-1, -2, 5}, {0.5, 1.5, 2})
u = set()
u.update([5, 6], {7})
print(u, u.pop(), u)
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple("ab"))
print(t.count(2), t.index(3), 2 in t, (1, 2) < (1, 3), (1, 2, 3) == (1, 2, 3), max((3, 1, 2)))
x, y, z = t
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a1, (b1, c1) = 1, (2, 3)
print(x, y, z, first, rest, init, last, a1, b1, c1)
x, y = y, x
print(x, y, hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), [3, 4], {5})
print(nested, [tuple(p) for p in [[1], [2, 3]]])
print({i % 3 for i in range(10)}, sorted({"b", "a", "c"}))
print({1, 2, 3} - {2}, {(1, 2), (3, 4)} & {(1, 2)})
