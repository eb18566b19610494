import pprint
data = {"name": "x" * 20, "values": list(range(30)), "nested": {"b": [1, 2, {"c": "d" * 30}], "a": (1, 2)}, "z": None}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat(list(range(5))))
pprint.pprint([{"a": i, "b": str(i) * 10} for i in range(6)], width=60)
pprint.pprint("short")
pprint.pprint({"k": "a long string " * 10})
pprint.pprint(data, depth=1)
pprint.pprint(set(range(40)), compact=True)
pprint.pprint(list(range(40)), compact=True, width=50)
pp = pprint.PrettyPrinter(indent=2, width=30); pp.pprint({"a": [1, 2, 3], "bb": {"c": 1, "d": 2}, "e": "f" * 20})
