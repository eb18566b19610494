# defaultdict.default_factory, deque(maxlen=), OrderedDict order, Counter arithmetic and equality.
from collections import namedtuple, defaultdict, deque, OrderedDict, Counter
P = namedtuple("P", ["x", "y", "z"], defaults=[0, 9])
print(P(1), P._fields, P._field_defaults, P._make([4, 5, 6]), P(1)._replace(y=3), P(1, 2, 3)._asdict())
R = namedtuple("R", "a def a", rename=True); print(R._fields)
print(repr(P), P.__name__)
dd = defaultdict(list); dd["a"].append(1); print(dd, dd.default_factory)
d = deque([1, 2, 3], maxlen=3); d.append(4); print(d, d.maxlen); d.appendleft(0); print(d)
d.rotate(1); print(d); d.extend([7, 8]); print(d)
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
od = OrderedDict.fromkeys("abcde"); od.move_to_end("b"); print(od); od.move_to_end("d", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
c = Counter("abracadabra"); print(c.most_common(3), c.most_common()[-1])
c2 = Counter(a=1, b=10); print(c + c2, c - c2, c & c2, c | c2, -c2, +Counter(a=-1, b=2))
c.subtract("aaa"); print(c); print(c.total(), sorted(c.elements())[:5])
c.update({"z": 3}); print(c["z"], c["missing"])
print(Counter(a=1) == Counter(a=1, b=0))
