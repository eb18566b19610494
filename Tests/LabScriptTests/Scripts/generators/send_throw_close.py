def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 99
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")
g2 = gen()
next(g2)
g2.close()
print("closed")
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
import itertools
print(list(itertools.islice(infinite(), 3)), list(zip(infinite(), "abc")))
def g3():
    return 5
    yield
try:
    next(g3())
except StopIteration as e:
    print("StopIteration value", e.value)
def nested():
    def inner():
        yield from range(3)
    yield from inner()
    yield "end"
print(list(nested()))
gen_exp = (x for x in range(3))
print(next(gen_exp), sum(gen_exp))
def fibs(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fibs(100)), sum(fibs(1000)), max(fibs(50)))
print([x for x in fibs(20) if x % 2 == 0])
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
