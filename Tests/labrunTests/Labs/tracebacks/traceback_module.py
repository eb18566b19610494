# The traceback module's text, printed to stderr, then an uncaught error.
import sys
import traceback


def parse(text):
    return int(text)


def load(values):
    return [parse(v) for v in values]


print(traceback.format_exc(), end="", file=sys.stderr)
try:
    load(["1", "x"])
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(len(text.splitlines()), file=sys.stderr)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as err:
    parts = traceback.format_exception(err)
    print(len(parts), repr(parts[-1]), file=sys.stderr)
    print("".join(parts), end="", file=sys.stderr)
    print(traceback.format_exception_only(err), file=sys.stderr)
    print(traceback.format_exception_only(type(err), err), file=sys.stderr)
    traceback.print_exception(err, file=sys.stderr)
    traceback.print_exception(type(err), err, err.__traceback__)

try:
    1 / 0
except ZeroDivisionError as z:
    z.add_note("dividing the total")
    print(traceback.format_exception_only(z), file=sys.stderr)
    print(traceback.format_exception(z), file=sys.stderr)

load(["2", "3.5"])
