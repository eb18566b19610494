import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        "the wrapper"
        return fn(*args, **kwargs)
    return wrapper
@logged
def greet(name):
    "Say hello."
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
def inner():
    "inner doc"
def outer():
    pass
print(functools.update_wrapper(outer, inner) is outer, outer.__name__, outer.__doc__)
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Money(1), max([b, a]).cents)
@functools.total_ordering
class Rank:
    def __init__(self, r):
        self.r = r
    def __eq__(self, other):
        return self.r == other.r
    def __ge__(self, other):
        return self.r >= other.r
print(Rank(1) < Rank(2), Rank(1) > Rank(2), Rank(2) <= Rank(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
