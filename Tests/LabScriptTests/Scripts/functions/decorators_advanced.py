import functools
import time
def timer(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{fn.__name__} took {'<1s' if elapsed < 1 else 'long'}")
        return result
    return wrapper
@timer
def work(n):
    return sum(range(n))
print(work(1000))
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
def validate(*types):
    def deco(fn):
        def inner(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return inner
    return deco
@validate(int, str)
def describe(n, label):
    return f"{label}: {n}"
print(describe(3, "items"))
try:
    describe("3", "items")
except TypeError as e:
    print(e)
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60))
def stack(a):
    def deco(fn):
        return lambda: a + fn()
    return deco
@stack("x")
@stack("y")
def base():
    return "z"
print(base())
class Logger:
    def __init__(self, fn):
        self.fn = fn
        self.log = []
    def __call__(self, *args):
        self.log.append(args)
        return self.fn(*args)
@Logger
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.log)
