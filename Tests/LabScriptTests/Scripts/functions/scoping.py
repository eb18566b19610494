x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x, show()
print(show(), shadow(), x)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    inner()
    inner()
    return y
print(outer())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def make():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(make())
squares = [n * n for n in range(5)]
n = "unchanged"
[n for n in range(3)]
print(n, squares)
def gen_scope():
    base = 10
    return list(base + k for k in range(3))
print(gen_scope())
class Config:
    scale = 2
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Config.doubled)
def default_eval(a, b=[]):
    b.append(a)
    return b
print(default_eval(1), default_eval(2))
def f():
    return g()
def g():
    return "g defined later"
print(f())
def nested_global():
    def inner():
        global late
        late = "set from inner"
    inner()
nested_global()
print(late)
lam = lambda: undefined_later
undefined_later = "resolved at call"
print(lam())
def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter_factory()
print(c(), c(), c())
def closure_over_loop():
    result = []
    for i in range(3):
        result.append(lambda: i)
    return [r() for r in result]
print(closure_over_loop())
def uses_walrus(data):
    if (n := len(data)) > 2:
        return f"long ({n})"
    return "short"
print(uses_walrus([1, 2, 3]), uses_walrus([]))
print([total := 0] and [total := total + v for v in range(4)], total)
