def risky(x):
    if x == 0:
        raise ValueError("zero is not allowed")
    return 10 / x

for v in [2, 0, "a"]:
    try:
        print(risky(v))
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e, type(e).__name__)
    else:
        print("no error")
    finally:
        print("finally", v)

try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e, e.args)

try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(e), str(e), e.args)

try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e)

try:
    int("abc")
except Exception as e:
    print(repr(e))

class MyError(Exception):
    pass

try:
    raise MyError("custom", 42)
except MyError as e:
    print(e, e.args, isinstance(e, Exception))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))

def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup runs")

print(cleanup())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
try:
    raise
except RuntimeError as e:
    print("re-raise:", e)
errors = []
for exc in [ValueError, TypeError, KeyError, ZeroDivisionError]:
    try:
        raise exc("msg")
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(bool, int))
e = ValueError()
print(repr(e), str(e), repr(ValueError(1, 2)), KeyError("k"), repr(KeyError("k")))
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print(e)
print("done")
raise ValueError("final uncaught")
