from collections import Counter
a = Counter("aab"); b = Counter("abc")
print(a + b, a - b, a & b, a | b)
print(a.total(), sorted(a), list(a.items()), a == Counter({"a": 2, "b": 1}))
c = Counter(); c["x"] += 2; print(c, c.most_common())
c.subtract({"x": 5}); print(c, +c)
