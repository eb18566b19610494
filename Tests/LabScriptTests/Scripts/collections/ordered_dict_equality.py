from collections import OrderedDict, Counter
a, b = OrderedDict(x=1, y=2), OrderedDict(y=2, x=1)
print(a == b, a == dict(b), dict(a) == b, a != b, OrderedDict() == OrderedDict())
b.move_to_end("y")
print(a == b, list(b))
print(OrderedDict.fromkeys("abc", 0), type(OrderedDict.fromkeys("ab")).__name__)
print(Counter("aab") == Counter({"a": 2, "b": 1, "c": 0}), Counter("a") == {"a": 1}, Counter("ab") != Counter("ba"))
