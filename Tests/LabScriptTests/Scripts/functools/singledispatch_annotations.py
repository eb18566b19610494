# singledispatch's register() reads the class from the first annotation, including unions.
from functools import singledispatch


@singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register
def _(x: list, sep=", ") -> str:
    return "list " + sep.join(map(str, x))


@show.register
def _(x: float | range):
    return f"number {x}"


@show.register(str)
def _(x):
    return f"str {x!r}"


print(show(1), show(True), show([1, 2]), show(1.5), show(range(2)), show("s"), show(None), sep="\n")
print(show.dispatch(bool).__annotations__)
for bad in [lambda x: x, 3]:
    try:
        show.register(bad)
    except TypeError as e:
        print("TypeError:", str(e).split(":")[0])
try:
    @show.register
    def _(x: 3):
        pass
except TypeError as e:
    print("TypeError:", e)
