# Subclasses of OrderedDict, Counter and defaultdict: overrides honoured, super() reaching the
# native methods, and reprs with the subclass's name.
from collections import Counter, OrderedDict, defaultdict


class LRU(OrderedDict):
    """The cache from the OrderedDict documentation."""

    def __init__(self, maxsize=2, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(2)
cache["a"] = 1
cache["b"] = 2
print(cache, cache["a"])
cache["c"] = 3
print(cache, list(cache), len(cache), "b" in cache, cache.maxsize)
print(isinstance(cache, OrderedDict), isinstance(cache, dict), type(cache).__name__)


class BoundedCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def put(self, key, value):
        self[key] = value
        super().move_to_end(key)
        while len(self) > self.capacity:
            print("evict", super().popitem(last=False))


bc = BoundedCache(2)
for k, v in [("x", 1), ("y", 2), ("x", 10), ("z", 3)]:
    bc.put(k, v)
print(bc, bc == OrderedDict([("x", 10), ("z", 3)]), bc == OrderedDict([("z", 3), ("x", 10)]), bc == {"z": 3, "x": 10})
print(LRU(), LRU(3, [("k", 1)]), OrderedDict(bc))


class WordCounter(Counter):
    def add_text(self, text):
        self.update(text.lower().split())

    def top(self, n):
        return [w for w, _ in self.most_common(n)]


wc = WordCounter()
wc.add_text("the cat and the hat and the bat")
print(wc, wc["the"], wc["dog"], wc.top(2), wc.total())
print(WordCounter("abracadabra"), WordCounter(a=2, b=1), WordCounter())
print(wc + Counter(cat=5), type(wc + wc).__name__, -WordCounter(a=-2), +WordCounter(a=2, b=0))


class Tally(Counter):
    def __missing__(self, key):
        return -1


t = Tally("aab")
print(t["a"], t["zz"], t)


class Groups(defaultdict):
    def __init__(self):
        super().__init__(list)

    def add(self, key, value):
        self[key].append(value)


g = Groups()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g.add(word[0], word)
print(g, g.default_factory, len(g), g["z"], sorted(g))


class Dd(defaultdict):
    pass


d = Dd(int, {"a": 1})
d["b"] += 2
print(d, Dd(), Dd(None), Dd(list, x=[1]))
try:
    Dd(5)
except TypeError as e:
    print("TypeError:", e)
try:
    defaultdict("not callable")
except TypeError as e:
    print("TypeError:", e)


class Nested(defaultdict):
    def __repr__(self):
        return "Nested(" + ", ".join(sorted(self)) + ")"


n = Nested(int)
n["q"] += 1
print(n, repr(n), str(n))
