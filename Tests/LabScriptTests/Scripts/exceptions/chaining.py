# __cause__, __context__ and __suppress_context__: set by raise, raise ... from, a failing
# except or finally block, and by assignment.
class ConfigError(Exception):
    pass


def read(key, table):
    try:
        return table[key]
    except KeyError:
        raise ConfigError(f"missing {key}") from None


def convert(text):
    try:
        return float(text)
    finally:
        print("converted", text)


def check(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


try:
    read("a", {})
except ConfigError as e:
    check(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    check(e)

try:
    try:
        raise OSError("disk")
    except OSError as err:
        raise RuntimeError("wrapped") from err
except RuntimeError as e:
    check(e)

try:
    try:
        [][1]
    finally:
        {}["k"]
except KeyError as e:
    check(e)

try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            check(inner)
            raise
except ValueError as e:
    check(e)
e = ValueError("v")
e.__cause__ = KeyError("c")
check(e)
convert("2.5")
try:
    {}["first"]
except KeyError:
    convert("nope")
