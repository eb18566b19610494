import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Area of a w-by-h rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__doc__)
print(area.__wrapped__(2, 5))


def plain(fn):
    def inner(*args):
        return fn(*args)
    return inner


@plain
def f(x):
    return x


print(f.__name__, f(1))
f.__name__ = "renamed"
print(f.__name__)
