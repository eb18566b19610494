import functools
class Dataset:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)
d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed, "total" in d.__dict__)
d.total = 100
print(d.total, d.computed)
@functools.singledispatch
def describe(arg):
    return "something"
@describe.register(int)
def _(arg):
    return "int " + str(arg)
@describe.register(list)
def _(arg):
    return "list of " + str(len(arg))
describe.register(str, lambda s: "str " + s)
print(describe(1), describe(True), describe([1, 2]), describe("x"), describe(2.5), describe.dispatch(bool).__name__)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
p = functools.partial(int, base=2)
print(p("101"), p.func, p.keywords)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
