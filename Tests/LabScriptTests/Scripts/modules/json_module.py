import json
data = {"name": "Ada", "age": 36, "scores": [1.5, 2.0, 1e-7], "ok": True, "none": None, "nested": {"k": [1, {"x": "y"}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("héllo \"q\" \n\t"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps(float("inf")), json.dumps(3.0), json.dumps(10 ** 20), json.dumps([[], {}], indent=2))
text = '{"a": [1, 2.5, "three", null, true, false], "b": {"c": -1e3}, "u": "\\u00e9\\n"}'
obj = json.loads(text)
print(obj, type(obj["a"][0]).__name__, type(obj["a"][1]).__name__, obj["u"])
print(json.loads("[]"), json.loads("3"), json.loads('"s"'), json.loads(" 1.0 "))
roundtrip = json.loads(json.dumps(data))
print(roundtrip == data)
for bad in ['{"a": }', "[1, 2", "nope", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
