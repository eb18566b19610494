# Sort keys that take the fast comparisons (ints, strs, tuples of them), with the cases that must
# fall back to the general comparison, and stability with reverse.
rows = [("b", 2, 0.5), ("a", 2, float("nan")), ("b", 1, 0.25), ("a", 2, 0.5), ("", 3, 1.0), ("a", 2, -0.0)]
print(sorted(rows, key=lambda r: (r[0], r[1])))
print(sorted(rows, key=lambda r: (r[1], r[0]), reverse=True))
print(sorted(rows, key=lambda r: (r[0], r[2])))
print(sorted(rows, key=lambda r: r[1]))
print(sorted(rows, key=lambda r: r[1], reverse=True))
print(sorted([(1,), (1, 0), (), (0, 5), (1, -1)]))
print(sorted([(1, "a"), (1, True), (0, "z")], key=lambda t: t[0]))
print(sorted([(2, "x"), (True, "y"), (1, "a")]))
print(sorted([(2**70, "a"), (2**70 - 1, "b"), (-2**70, "c")]))
strings = ["e\u0301", "\u00e9", "e", "a\x00b", "a", "\U0001f600", "\uffff", "Z", "zz", "z", ""]
print([ascii(s) for s in sorted(strings)])
print([ascii(s) for s in sorted(strings, reverse=True)])
print(sorted([("\u00e9", 1), ("e\u0301", 2), ("e", 3)]))
print("e\u0301" < "\u00e9", "a" < "a\x00", "a\x00b" > "a\x00", "\uffff" < "\U0001f600")
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Key({self.v})"


print(sorted([("s", Key(2)), ("s", Key(1)), ("r", Key(3))]))
print(sorted(["b", "a", "c"], key=Key))
