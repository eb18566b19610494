class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__, sum(s), s + [9], sorted(Stack([3, 1])))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"{self.name}{list(self)}"
n = Named("nums", [3, 4])
n.append(5)
print(n, n.name, str(n), [n], len(n), n[0])
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
print(d["a"], d["zz"], d, isinstance(d, dict), list(d.items()))
class Registry(dict):
    def register(self, key):
        def deco(fn):
            self[key] = fn
            return fn
        return deco
r = Registry()
@r.register("sq")
def sq(x):
    return x * x
print(r["sq"](4), list(r), type(r).__name__, len(r))
class AttrDict(dict):
    def __getattr__(self, name):
        return self[name]
    def __setattr__(self, name, value):
        self[name] = value
cfg = AttrDict(lr=0.1, epochs=3)
cfg.batch = 16
print(cfg.lr, cfg.epochs, cfg, cfg["batch"])
try:
    cfg.missing
except KeyError as e:
    print("KeyError", e)
