def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)), sum(count_up(101)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def batches(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

for batch in batches(list(range(10)), 4):
    print(batch)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(2))))

def with_return():
    yield 1
    return "result"

def delegator():
    r = yield from with_return()
    yield r

print(list(delegator()))

def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return

e = echo()
next(e)
print(e.send("hello"), e.send("world"))

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

for v in gen_with_finally():
    print("got", v)
    break
print("after break")
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
gen = count_up(2)
print(list(zip(gen, "abc")))
try:
    g = count_up(1)
    next(g)
    next(g)
except StopIteration:
    print("StopIteration raised")
def gen_exc():
    yield 1
    raise ValueError("inside generator")
try:
    for v in gen_exc():
        print(v)
except ValueError as err:
    print("caught", err)
print(sorted(x % 3 for x in range(7)), dict((k, k * 2) for k in range(3)))
many = [count_up(3) for _ in range(50)]
print(sum(next(g) for g in many))
