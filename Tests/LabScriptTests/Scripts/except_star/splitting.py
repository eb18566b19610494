# except* splits an exception group by type: each clause gets the matching part (a group),
# nested groups keep their shape, and the rest goes on to the next clause.
def show(label, e):
    print(label, type(e).__name__, repr(e))


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("value:", e)
    print([type(x).__name__ for x in e.exceptions], e.message)
except* TypeError as e:
    show("type:", e)

try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
except* (ValueError, KeyError) as e:
    show("value or key:", e)
except* TypeError as e:
    show("type:", e)

# A bare exception that matches is handled wrapped in ExceptionGroup('', (exc,)).
try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked:", e)
    print(e.exceptions[0] is not None, repr(e.message))

# Subclasses match; the first clause that matches a leaf takes it.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


try:
    raise ExceptionGroup("app", [DbError("db"), AppError("app"), OSError("os")])
except* DbError as e:
    show("db:", e)
except* AppError as e:
    show("app:", e)
except* Exception as e:
    show("other:", e)

# BaseExceptionGroup with a BaseException member.
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
except* KeyboardInterrupt as e:
    show("interrupt:", e)
except* ValueError as e:
    show("value:", e)

# The bound name is deleted after the clause, as for except.
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# Metadata (cause, context, notes) is copied onto each part.
eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
try:
    raise eg
except* ValueError as e:
    print(e.__notes__, repr(e.__cause__), e is eg)
except* TypeError as e:
    print(e.__notes__, repr(e.__cause__))
