# What a try statement with except* raises afterwards: the unmatched rest, re-raised parts, and
# new exceptions from the clauses, combined as CPython does.
def run(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("  ", repr(sub), repr(sub.__context__))
    else:
        print("nothing raised")


def unmatched():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError")


def none_matched():
    eg = ExceptionGroup("eg", [ValueError(1)])
    try:
        raise eg
    except* TypeError:
        print("not reached")


def reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass


def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")


def new_and_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
    except* OSError as e:
        raise RuntimeError("from handler") from e


def naked_unmatched():
    try:
        raise ValueError("plain")
    except* TypeError:
        pass


def naked_new():
    try:
        raise ValueError("plain")
    except* ValueError:
        raise KeyError("replaced")


def naked_reraise():
    try:
        raise ValueError("plain")
    except* ValueError:
        raise


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass


def raise_e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


for body in [unmatched, none_matched, reraised, new_exception, new_and_reraised, naked_unmatched,
             naked_new, naked_reraise, all_handled, raise_e]:
    print(body.__name__ + ":")
    run(body)

eg = ExceptionGroup("same", [ValueError(1)])
try:
    try:
        raise eg
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("unchanged group is a new object:", e is not eg, e.exceptions[0] is eg.exceptions[0])
