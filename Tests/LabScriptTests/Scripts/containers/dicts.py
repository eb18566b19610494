d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(list(d), list(d.keys()), list(d.items()))
for k, v in d.items():
    print(k, "->", v)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, d.pop("a"), d.pop("zz", None), d.setdefault("b", 100), d.setdefault("g", 7), d)
print(d.popitem(), d)
e = dict(x=1, y=2)
f = dict([("p", 1), ("q", 2)])
g = dict(zip("abc", range(3)))
print(e, f, g, dict.fromkeys(["a", "b"], 0), {**e, **f, "z": 0})
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none", 2.5: "f"})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"model": {"layers": 12, "heads": [8, 8]}, "lr": 3e-4}
print(nested, nested["model"]["heads"][1])
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c, d == c, {} == dict(), {"a": 1} == {"a": 1.0})
del c["new"]
print(c == d, len({}), bool({}), {"k": [1, 2]})
sq = {x: x * x for x in range(5)}
print(sq, {v: k for k, v in sq.items() if k % 2 == 0})
print(d | {"z": 26}, max(sq, key=sq.get), sorted(sq, reverse=True))
keys = d.keys()
d["late"] = 1
print(keys, len(keys), "late" in keys)
print({1: 2}.items() == {1: 2}.items(), dict(a=1).keys() & {"a", "b"})
