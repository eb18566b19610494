import math
print(len, math.sqrt, str.upper, list.append, dict.get, print)
d = {"a": 1}
print(d.keys(), d.values(), d.items(), range(3), range(1, 10, 2), slice(1, None), type(iter([])).__name__)
print(repr(Ellipsis), NotImplemented, type(NotImplemented).__name__, type(...).__name__)
import math
print(type(len).__name__, type([].append).__name__, type(str.upper).__name__, type(math.sqrt).__name__)
