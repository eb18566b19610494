def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
    finally:
        pass
print([parse(s) for s in ["1", "x", "3"]])
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(e, repr(e.code), type(e).__name__, isinstance(e, NotFound), e.args)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def gen():
    yield 1
    raise KeyError("from gen")
try:
    list(gen())
except KeyError as e:
    print("KeyError", e)
errors = 0
for value in ["10", "0", "abc", None]:
    try:
        result = 100 / int(value)
    except ZeroDivisionError:
        errors += 1
        print("div by zero")
    except (ValueError, TypeError) as exc:
        errors += 1
        print("bad value:", type(exc).__name__)
    else:
        print("result", result)
print("errors:", errors)
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args, str(e), repr(e))
try:
    raise StopIteration
except StopIteration as e:
    print("stop", repr(e))
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError
with Resource() as r:
    print("inside", type(r).__name__)
with Resource():
    raise KeyError("swallowed")
print("after suppressed")
try:
    with Resource():
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
def nested_calls(n):
    if n == 0:
        raise RuntimeError("bottom")
    return nested_calls(n - 1)
try:
    nested_calls(5)
except RuntimeError as e:
    print("caught", e)
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), str(v) == "")
print(isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
def raiser():
    raise NotImplementedError("subclass must implement")
try:
    raiser()
except RuntimeError as err:
    print(type(err).__name__, err)
