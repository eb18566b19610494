import functools
@functools.lru_cache(maxsize=2)
def double(n):
    return n * 2
double(1); double(2); double(1); double(3); double(2)
print(double.cache_info())
double.cache_clear()
print(double.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.cache_info().hits, fib.cache_info()._asdict())
@functools.cache
def square(n):
    return n * n
print([square(i) for i in [3, 3, 4]], square.cache_info())
@functools.lru_cache(maxsize=0)
def nothing(x):
    return x
nothing(1); nothing(1)
print(nothing.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
