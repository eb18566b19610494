import pprint
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
pprint.pprint(text)
pprint.pprint([text, "short", ("a", "b" * 90)], width=50)
pprint.pprint({"multi": "line one\nline two is much longer than the width allows here\n", "n": 1}, width=40)
config = {"model": {"name": "t5-small", "layers": [{"d": 512, "heads": 8}] * 3}, "optim": ("adam", {"lr": 3e-4, "betas": (0.9, 0.999)}), "tags": {"x", "y"}}
pprint.pprint(config)
pprint.pprint(config, width=30)
pprint.pprint(config, depth=2)
print(pprint.pformat({3: "c", 1: "a", 2: "b"}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.saferepr({"z": [1, {"y": 2, "x": 1}]}))
pprint.pprint({1: "int", "s": "str", 2.5: "float"})
pprint.pp({"z": 1, "a": list(range(25))}, width=30)
pprint.pprint((1,), width=1)
pprint.pprint([[1, 2], [3, 4]], width=5)
pprint.pprint(frozenset(range(30)))
pprint.pprint(list(range(50)), indent=4, width=40, compact=True)
pprint.pprint([], width=1); pprint.pprint({}, width=1); pprint.pprint("", width=1)
