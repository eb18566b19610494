# ExceptionGroup and BaseExceptionGroup objects (without except*): construction, str/repr,
# exceptions, split/subgroup/derive (library reference examples), caught with a plain except.
eg = ExceptionGroup("one", [TypeError(1), ExceptionGroup("two", [TypeError(2), ValueError(3)]),
                            ExceptionGroup("three", [OSError(4)])])
print(eg)
print(repr(eg))
print(eg.message, eg.exceptions, len(eg.exceptions), eg.args[0])
type_errors = eg.subgroup(lambda e: isinstance(e, TypeError))
print(repr(type_errors))
match, rest = eg.split(TypeError)
print(repr(match))
print(repr(rest))
print(eg.split((ValueError, OSError)))
print(eg.subgroup(KeyError), eg.split(ExceptionGroup)[0] is eg, eg.subgroup(lambda e: True) is eg)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), type(eg).__mro__)
b = BaseExceptionGroup("plain", [ValueError("v")])
print(type(b).__name__, b, repr(b.derive([KeyError("k")])))
b2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b2).__name__, b2, isinstance(b2, Exception))
print(repr(b2.subgroup(ValueError)), repr(b2.subgroup(KeyboardInterrupt)))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("a note")
eg.__cause__ = KeyError("why")
m, r = eg.split(ValueError)
print(repr(m), m.__notes__, repr(m.__cause__), repr(r), r.__notes__)


def validate(rows):
    errors = []
    for n, row in enumerate(rows):
        try:
            if not isinstance(row, int):
                raise TypeError(f"row {n}: not an int: {row!r}")
            if row < 0:
                raise ValueError(f"row {n}: negative")
        except (TypeError, ValueError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


try:
    validate([1, -2, "x", 4, -5])
except ExceptionGroup as group:
    print(group)
    for e in group.exceptions:
        print(" ", type(e).__name__, e)
    values, others = group.split(ValueError)
    print(len(values.exceptions), len(others.exceptions))

for args in [("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError()), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
