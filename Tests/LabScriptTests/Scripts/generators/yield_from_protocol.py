# send, throw and close pass through `yield from` to the inner generator, and finally blocks run.
def inner():
    try:
        received = yield "inner-1"
        print("inner got", received)
        yield "inner-2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "exhausted"))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("closed")


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for x in guarded():
    print(x)
    break
print("after break")
gen = (i * i for i in range(5))
print(next(gen), list(gen))
