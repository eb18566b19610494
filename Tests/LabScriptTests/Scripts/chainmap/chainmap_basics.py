# collections.ChainMap: layered configuration, as in the library reference's examples.
from collections import ChainMap, OrderedDict, defaultdict
import copy

defaults = {"color": "red", "user": "guest", "theme": "light"}
environment = {"user": "alice"}
command_line = {"color": "blue", "verbose": True}
config = ChainMap(command_line, environment, defaults)
print(config)
print(config["color"], config["user"], config["theme"], config["verbose"])
print(len(config), list(config), bool(config))
print(list(config.keys()), list(config.values()))
print(list(config.items()))
print(config.keys(), len(config.items()))
print("user" in config, "missing" in config, "user" in config.keys(), ("user", "alice") in config.items())
print(config.get("theme"), config.get("nope"), config.get("nope", 0))
print(dict(config), {**config})
print(sorted(config), [k for k in config])

# Writes and deletions go to the first mapping only.
config["theme"] = "dark"
print(command_line, defaults["theme"], config["theme"])
del config["theme"]
print(config["theme"])
try:
    del config["user"]
except KeyError as e:
    print("KeyError", e)
print(config.pop("color"), config["color"])
try:
    config.pop("user")
except KeyError as e:
    print("KeyError", e)
print(config.pop("user", "default"))
print(config.setdefault("lang", "en"), command_line)
config.update({"a": 1}, b=2)
config.update([("c", 3)])
print(command_line)
print(config.popitem(), command_line)
config.clear()
print(command_line, config, len(config))
try:
    config.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    config["nope"]
except KeyError as e:
    print("KeyError", e)

# maps, parents and new_child.
c = ChainMap({"x": 1})
child = c.new_child()
print(child, child.maps[1] is c.maps[0])
grandchild = child.new_child({"y": 2}, z=3)
print(grandchild)
print(grandchild.parents, grandchild.parents.parents)
print(child.new_child(w=0))
grandchild["x"] = 10
print(grandchild["x"], c["x"], grandchild.parents["x"])
grandchild.maps.append({"tail": True})
print(grandchild["tail"], len(grandchild))
print(ChainMap(), ChainMap().maps, bool(ChainMap({})), bool(ChainMap({}, {"a": 1})))
print(ChainMap.fromkeys(["a", "b"]), ChainMap.fromkeys("xy", 0))

# Iteration order: keys from the last mapping first, then the new ones of earlier mappings.
order = ChainMap({"b": 1, "e": 1}, {"a": 2, "b": 2}, {"c": 3, "a": 3, "d": 3})
print(list(order), list(order.values()))
print(list(reversed(list(order))))

# Equality as a Mapping, and |.
print(ChainMap({"a": 1}, {"b": 2}) == {"a": 1, "b": 2}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1}))
print(ChainMap({"a": 1}) != {"a": 2}, ChainMap({"a": 1}) == [("a", 1)])
left = ChainMap({"a": 1}, {"b": 2})
merged = left | {"b": 20, "c": 30}
print(merged, left)
print({"z": 0, "a": 100} | left)
left |= {"q": 9}
print(left)
try:
    left | [1]
except TypeError as e:
    print("TypeError", e)

# copy shares the later mappings; the first is copied.
base = ChainMap({"k": [1]}, {"deep": 1})
shallow = base.copy()
shallow["k"] = "new"
print(base, shallow, shallow.maps[1] is base.maps[1])
print(copy.copy(base))

# Other mappings inside, and a self-reference.
dd = defaultdict(int, {"n": 1})
chained = ChainMap({}, dd)
print(chained["n"], chained.get("m"), "m" in chained, dict(dd))
print(chained["m"], dict(dd))
od = ChainMap(OrderedDict(b=1, a=2))
print(od, list(od))
loop = ChainMap({"a": 1})
loop.maps.append(loop)
print(loop)
try:
    hash(ChainMap())
except TypeError as e:
    print("TypeError", e)
print(isinstance(config, ChainMap), type(config).__name__)

# deepcopy copies every mapping; json refuses a ChainMap as CPython does.
import json
nested = ChainMap({"a": [1]}, {"b": {"c": 2}})
deep = copy.deepcopy(nested)
deep["a"].append(2)
deep.maps[1]["b"]["c"] = 3
print(nested, deep)
try:
    json.dumps(nested)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(dict(nested)), str(nested) == repr(nested), f"{nested}")
