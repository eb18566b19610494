d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it)
d["d"] = 4
del d["a"]
print(k, v, it)
print(sorted(k), list(v), list(it)[0], k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}))
print(list(reversed(d)), list(reversed(d.items())), {**d}, dict(d.items()))
for key in list(d):
    if d[key] % 2 == 0:
        del d[key]
print(d)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
inventory = {"apples": 3, "pears": 0, "kiwis": 7}
in_stock = {name: n for name, n in inventory.items() if n}
print(in_stock, sum(inventory.values()), max(inventory, key=inventory.get), sorted(inventory, key=inventory.get))
merged = {**inventory, "pears": 5, "plums": 1}
print(merged, merged == inventory, dict(sorted(merged.items())))
nested = {}
nested.setdefault("x", {}).setdefault("y", []).append(1)
nested.setdefault("x", {}).setdefault("y", []).append(2)
print(nested, nested.get("x", {}).get("y"), nested.get("q", {}).get("y", "none"))
print({k: v for k, v in zip("abc", range(3))}, dict.fromkeys("ab", []), {1: "a"}.items() == {(1, "a")})
