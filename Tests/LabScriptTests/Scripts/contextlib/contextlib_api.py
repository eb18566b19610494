from contextlib import contextmanager, suppress, redirect_stdout, nullcontext, ExitStack, closing
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print(t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)
with swallow():
    1 / 0
print("after swallow")
with suppress(KeyError, IndexError):
    {}["x"]
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden", 1)
    print("more")
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for n in "xy":
        print(stack.enter_context(tag(n)))
    stack.callback(print, "callback", 1)
    print("body")
class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print(type(r).__name__)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
