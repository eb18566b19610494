import collections, datetime, itertools, functools, re, io
tests = [lambda: 1 + collections.deque(), lambda: collections.deque().foo, lambda: 1 + datetime.date(2024,1,1),
 lambda: collections.OrderedDict().foo, lambda: collections.defaultdict().foo, lambda: itertools.chain()[0],
 lambda: functools.partial(print)[0], lambda: re.compile("a")[0], lambda: io.StringIO()[0], lambda: 1 + datetime.timedelta(1),
 lambda: collections.deque() < [], lambda: collections.deque([1]) == [1], lambda: [1] == collections.deque([1]),
 lambda: collections.deque([1]) + [2], lambda: [2] + collections.deque([1]), lambda: collections.deque([1,2])[0:1],
 lambda: collections.deque([1,2], maxlen=2) + collections.deque([3]), lambda: collections.deque([1]).copy(),
 lambda: collections.deque([1], maxlen=1).insert(0, 5), lambda: collections.Counter().foo, lambda: iter([]).foo,
 lambda: (x for x in []).foo, lambda: zip().foo, lambda: map(int, []).foo, lambda: enumerate([])[0],
 lambda: {}.keys()[0], lambda: range(3).foo, lambda: type(collections.deque()).__name__, lambda: repr(type(collections.deque())),
 lambda: collections.deque([1,2]) * 2, lambda: 2 * collections.deque([1]), lambda: sorted([collections.deque([2]), collections.deque([1])]),
 lambda: collections.deque("ab") == collections.deque("ab"), lambda: hash(collections.deque()),
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
from collections import deque
x = deque([1, 2, 3], maxlen=4); x += [4, 5]; print(x); x *= 2; print(x)
for t in [lambda: deque([1])[5], lambda: deque([1]).remove(7), lambda: deque([1]).index(7), lambda: deque([1, 2, 3]).index(3, -1),
          lambda: deque()['a'], lambda: deque([1]) * 'x', lambda: deque([1, 2]) < deque([1, 3]), lambda: deque([1]) != [1]]:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
y = deque([1, 2, 3]); del y[0]; y[0] = 9; print(y)
try:
    del y[10]
except IndexError as e: print(e)
y.insert(-10, 0); y.insert(100, 7); print(y)
import copy
print(copy.copy(deque([1], maxlen=3)), copy.deepcopy(deque([[1]], 2)))
from collections import deque
d = deque([1, 2], maxlen=3)
print(d * 2, 2 * d, d * 0, d * -1, d * True)
d *= 2; print(d)
for bad in [lambda: d * 2**70, lambda: d * (-2**70), lambda: d * d, lambda: d * 1.5]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
