# A built-in type's method called unbound checks its receiver; json's sort_keys orders the keys
# themselves (numbers numerically, mixed types raise), as sorted(d.items()) does.
import json
for obj in [{1: 'a', 'b': 2}, {2: 1, 1: 2}, {None: 1, 'a': 2}, {1.5: 1, 2: 3}]:
    try: print(json.dumps(obj, sort_keys=True))
    except TypeError as e: print("TypeError", e)
for call in [lambda: str.upper(5), lambda: str.strip(None), lambda: str.split(3, ","), lambda: str.join(1, ["a"]), lambda: list.append((), 1), lambda: dict.get([], 1)]:
    try: print(repr(call()))
    except TypeError as e: print("TypeError", e)
print(json.dumps({10: 'a', 9: 'b', 100: 'c'}, sort_keys=True), json.dumps({'b': 1, 'a': {'z': 1, 'y': 2}}, sort_keys=True, indent=1))
print(json.dumps({True: 1, 0: 2}, sort_keys=True), json.dumps({'é': 1, 'z': 2, 'É': 3}, sort_keys=True))
print(str.upper("x"), str.join(",", "ab"), list.append([], 1), dict.fromkeys([1]), int.from_bytes(b"\x01", "big"), bytes.fromhex("ab"))
try: str.upper()
except TypeError as e: print(e)
class S(str): pass
print(str.upper(S("q")), type(str.upper(S("q"))).__name__)
