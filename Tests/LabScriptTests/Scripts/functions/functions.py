def greet(name, greeting="Hello", *, punctuation="!"):
    """Return a greeting."""
    return f"{greeting}, {name}{punctuation}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punctuation="?"), greet(greeting="Yo", name="Di"))
print(greet.__name__, greet.__doc__)

def stats(*args, **kwargs):
    return len(args), sum(args), sorted(kwargs.items())

print(stats(1, 2, 3, a=1, b=2), stats(), stats(*[4, 5], **{"z": 0}))

def apply(f, *args, **kw):
    return f(*args, **kw)

print(apply(max, 3, 9, 4), apply(sorted, [3, 1], reverse=True), apply(lambda x, y=2: x ** y, 5))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(30))

def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print([fib(i) for i in range(15)], fib(90))

def append_to(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target

print(append_to(1), append_to(2))
square = lambda x: x * x
print(square(7), (lambda: "no args")(), list(map(lambda p: p[1], [(1, "a"), (2, "b")])))

def kwonly(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra

print(kwonly(1, c=3), kwonly(1, 2, 3, 4, c=5, e=6))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, c=3))

def decorator(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        result = func(*args, **kwargs)
        print("done")
        return result
    return wrapper

@decorator
def add(a, b):
    return a + b

print(add(2, 3))

def repeat(times):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def hello(n):
    return "hi" * n

print(hello(2))

def no_return():
    pass

print(no_return(), callable(no_return), callable(3))
def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
print(early(3), early(20))
print((lambda *a, **k: (a, k))(1, x=2))
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__, outer().__qualname__)
