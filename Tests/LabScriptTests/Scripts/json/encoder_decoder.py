# A notebook saving experiment results with custom types, then reading them back.
import json
from datetime import date
from fractions import Fraction

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class ResultEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)

results = {"best": Point(1, 2.5), "tags": {"b", "a"}, "day": date(2024, 3, 1), "scores": [0.5, 1e-7, 3]}
print(json.dumps(results, cls=ResultEncoder))
print(json.dumps(results, cls=ResultEncoder, indent=2, sort_keys=True))
print(ResultEncoder().encode([Point(0, 0)]))
print(ResultEncoder(separators=(",", ":")).encode({"a": [1, 2]}))
try:
    json.dumps({"f": Fraction(1, 3)}, cls=ResultEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder().encode({1, 2})
except TypeError as e:
    print("TypeError:", e)

print(json.dumps({"day": date(2024, 3, 1), "n": 1}, default=str))
print(json.dumps({"f": Fraction(1, 4)}, default=lambda o: float(o)))
enc = json.JSONEncoder(indent=4)
print(enc.item_separator == ",", enc.key_separator, enc.indent, enc.sort_keys)
print(json.JSONEncoder.item_separator, isinstance(ResultEncoder(), json.JSONEncoder))
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([float("inf")]))

def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

text = json.dumps(results, cls=ResultEncoder)
back = json.loads(text, object_hook=as_point)
print(type(back["best"]).__name__, back["best"].x, back["best"].y, back["tags"], back["day"])
dec = json.JSONDecoder(object_hook=as_point)
p = dec.decode('{"__point__": [3, 4]}')
print(p.x, p.y)
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 10000000000000000000001]', parse_float=str, parse_int=lambda s: int(s) * 2))
print(json.loads('[NaN, -Infinity, 1e999]', parse_constant=lambda s: "const " + s))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
print(json.JSONDecoder().raw_decode('xx[1, "é", 2] rest', 2))
try:
    json.JSONDecoder().raw_decode(' 1')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.JSONDecoder().decode('[1] 2')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

class StrictDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.pairs, **kw)
    def pairs(self, items):
        keys = [k for k, _ in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(items)

print(json.loads('{"a": {"b": 1}}', cls=StrictDecoder))
try:
    json.loads('{"a": 1, "a": 2}', cls=StrictDecoder)
except ValueError as e:
    print("ValueError:", e)
