# except* with else and finally, in functions and loops.
def attempt(exc):
    try:
        if exc is not None:
            raise exc
        print("  body ran")
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError:
        print("  TypeError part")
    else:
        print("  else")
    finally:
        print("  finally")
    return "returned"


for exc in [None, ValueError(1), ExceptionGroup("g", [TypeError(1), ValueError(2)])]:
    print(repr(exc))
    print(attempt(exc))

try:
    attempt(ExceptionGroup("g", [KeyError(1), ValueError(2)]))
except ExceptionGroup as e:
    print("escaped:", repr(e))

# A loop, a function and a class inside an except* block may use break, continue and return.
total = 0
try:
    raise ExceptionGroup("g", [ValueError(3)])
except* ValueError as e:
    for i in range(10):
        if i == 2:
            continue
        if i == 5:
            break
        total += i

    def helper():
        return "helper result"

    class Inner:
        def method(self):
            return "method result"

    print(total, helper(), Inner().method())

# The finally block's return wins over what except* re-raises.
def swallow():
    try:
        raise ExceptionGroup("g", [OSError(1)])
    except* ValueError:
        pass
    finally:
        return "finally wins"


print(swallow())

# Nested try statements.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("inner ValueError")
except* TypeError as e:
    print("outer TypeError:", repr(e))

# A new exception raised in a clause has the matched part as its context.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
except ExceptionGroup as e:
    print(repr(e.exceptions[0].__context__), e.__context__)
