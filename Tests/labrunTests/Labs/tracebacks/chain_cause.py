class ConfigError(Exception):
    pass


def read(settings, key):
    try:
        return settings[key]
    except KeyError as missing:
        raise ConfigError(f"no {key}") from missing


def read_quietly(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"no {key}") from None


def validate(value):
    try:
        return 10 / value
    except ZeroDivisionError as err:
        wrapped = RuntimeError("bad value")
        wrapped.__cause__ = err
        raise wrapped


for f in (read, read_quietly):
    try:
        f({}, "lr")
    except ConfigError as e:
        print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    validate(0)
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    read({}, "epochs")
except ConfigError as e:
    outer = e
try:
    outer.__context__ = 5
except TypeError as e:
    print(e)


def step(n):
    try:
        return read_quietly({}, "steps")
    except ConfigError as e:
        raise ValueError(n) from e


step(3)
