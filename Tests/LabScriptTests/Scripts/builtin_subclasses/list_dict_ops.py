# list, dict and set subclasses overriding comparison, hashing, reversal and operators.
class Path(list):
    def __eq__(self, other):
        return isinstance(other, Path) and [s.lower() for s in self] == [s.lower() for s in other]

    def __hash__(self):
        return hash(tuple(s.lower() for s in self))

    def __reversed__(self):
        return iter(["<reversed>"] + list(self)[::-1])

    def __add__(self, other):
        return Path(list(self) + list(other))

    def __radd__(self, other):
        return Path(list(other) + list(self))

    def __lt__(self, other):
        return len(self) < len(other)


a = Path(["usr", "Bin"])
b = Path(["USR", "bin"])
print(a == b, a != b, a == ["usr", "Bin"], hash(a) == hash(b), {a: 1}[b], len({a, b}))
print(a + ["x"], type(a + ["x"]).__name__, ["root"] + a, type(["root"] + a).__name__, list(reversed(a)))
print(a < Path(["x", "y", "z"]), sorted([Path(["a", "b", "c"]), Path(["d"])]), a > Path(["q"]))


class Settings(dict):
    def __or__(self, other):
        merged = Settings(self)
        merged.update(other)
        merged["merged"] = True
        return merged

    def __eq__(self, other):
        return set(self) == set(other)

    __hash__ = None


s = Settings(lr=0.1) | {"epochs": 3}
print(s, type(s).__name__, s == {"lr": 0, "epochs": 0, "merged": 0}, s != {"lr": 1})
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)


class Bag(set):
    def __sub__(self, other):
        return Bag(x for x in self if x not in other and x != "keep")

    def __iadd__(self, other):
        self.update(other)
        return self


g = Bag({1, 2, 3})
print(sorted(g - {1}), type(g - {1}).__name__, sorted({1, 2} - Bag({2})))
g += [9]
print(sorted(g), type(g).__name__)


class Log(list):
    def __iadd__(self, other):
        self.append(("added", len(other)))
        return self

    def __mul__(self, n):
        return "no repeat"


log = Log()
log += [1, 2]
print(log, log * 3, 3 * [0], type(log).__name__)
