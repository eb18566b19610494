def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
funcs = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in funcs], [f(10) for f in late])


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 30), key=collatz), collatz(27), len(collatz.cache))
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    x = "changed"
    return inner


print(outer()(), x)
adders = {name: (lambda n: lambda v: v + n)(n) for name, n in [("one", 1), ("ten", 10)]}
print({k: f(5) for k, f in adders.items()})
print(c.__closure__ is not None, make_counter.__defaults__, (lambda: 0).__name__)
def o():
    b = 1
    a = [2]
    def f():
        return a, b
    return f
fo = o()
print(fo.__code__.co_freevars, [c.cell_contents for c in fo.__closure__], o.__code__.co_cellvars, o.__closure__)
print(type(fo.__closure__[0]).__name__)
