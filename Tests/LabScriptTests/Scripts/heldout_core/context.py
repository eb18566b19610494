from contextlib import contextmanager, suppress, ExitStack
import io
import sys


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


@contextmanager
def section(title):
    print(f"[{title}]")
    try:
        yield title.upper()
    except ZeroDivisionError as e:
        print("handled", e)
    finally:
        print(f"[/{title}]")


with Timer("a") as t, section("math") as s:
    print(t.name, s)
    1 / 0
with Timer("b"):
    {}["missing"]
print("after b")
try:
    with Timer("c"):
        raise ValueError("boom")
except ValueError as e:
    print("escaped", e)
with suppress(IndexError, KeyError):
    [][0]
with ExitStack() as stack:
    for n in range(3):
        stack.enter_context(Timer(f"s{n}"))
    stack.callback(print, "callback ran")
buf = io.StringIO()
print("to buffer", 42, sep="-", file=buf)
buf.write("more\n")
print(repr(buf.getvalue()))
old = sys.stdout
try:
    sys.stdout = io.StringIO()
    print("hidden")
    captured = sys.stdout.getvalue()
finally:
    sys.stdout = old
print("captured", captured.strip())
