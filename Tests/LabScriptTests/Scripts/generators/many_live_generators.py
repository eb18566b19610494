# Fifty thousand generators suspended at once, each in its own frame, then resumed in turn.
def counter(start):
    total = start
    while True:
        step = yield total
        total += step if step is not None else 1


gens = [counter(i) for i in range(50_000)]
firsts = [next(g) for g in gens]
print(sum(firsts))
print(sum(g.send(2) for g in gens))
print(sum(next(g) for g in gens[::1000]))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)
    yield n


print(list(deep(200))[:3], len(list(deep(200))))


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


def calls_deep():
    yield recurse(300)


print(next(calls_deep()))


def unbounded(n):
    return unbounded(n + 1)


def overflows():
    try:
        yield unbounded(0)
    except RecursionError:
        yield "RecursionError inside a generator"


print(next(overflows()))
del gens
print("done")
