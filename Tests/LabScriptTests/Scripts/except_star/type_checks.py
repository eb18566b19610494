# The types an except* clause may name, with CPython's TypeErrors.
def attempt(spec):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* spec:
            print("caught")
    except TypeError as e:
        print("TypeError:", e)
    except ExceptionGroup as e:
        print("escaped:", repr(e))


attempt(ValueError)
attempt((KeyError, ValueError))
attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
attempt(int)
attempt("ValueError")
attempt((ValueError, 3))

# Every clause's type is evaluated, even when nothing is left to match.
def spec(name, value):
    print("evaluating", name)
    return value


try:
    raise ExceptionGroup("g", [ValueError(1)])
except* spec("first", ValueError):
    print("first clause")
except* spec("second", TypeError):
    print("second clause")

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled")
except* ExceptionGroup:
    print("not reached")
