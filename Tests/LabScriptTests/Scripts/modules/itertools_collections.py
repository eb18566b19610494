import itertools
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
import functools
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.islice("abcdefg", 1, 6, 2)))
print(list(itertools.chain([1, 2], "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement([1, 2], 2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)), list(itertools.accumulate([1, 2], initial=10)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], [(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.repeat("x", 3)))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise([1, 2, 3])), list(itertools.compress("abc", [1, 0, 1])))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"], sum(c.values()), len(c))
c.update("ss")
print(c.most_common(1), Counter([1, 1, 2]), Counter(), Counter({"a": 2}))
words = "the quick the lazy the end".split()
print(Counter(words).most_common())
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, isinstance(counts, dict))
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od.move_to_end("z")
print(od, list(od.keys()), OrderedDict())
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q))
q.rotate(1)
print(q, deque(range(10), maxlen=3))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), tuple(p), p == Point(1, 2))
x, y = p
print(x + y, p._replace(x=10), Point._fields)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
add5 = functools.partial(lambda a, b: a + b, 5)
print(add5(10))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
@functools.cache
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
