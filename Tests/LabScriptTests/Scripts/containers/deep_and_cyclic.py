import copy
import json

def attempt(label, f):
    try:
        result = f()
        print(label, "->", result)
    except (RecursionError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

a = []
a.append(a)
b = []
b.append(b)
attempt("a == b", lambda: a == b)
attempt("a == a", lambda: a == a)
print(a, repr({"k": a}))
attempt("json cyclic list", lambda: json.dumps(a))
d = {}
d["self"] = d
attempt("json cyclic dict", lambda: json.dumps(d))
attempt("json unchecked shared", lambda: json.dumps([[1], [1]], check_circular=False))
shared = [1, 2]
attempt("json shared, not cyclic", lambda: json.dumps([shared, shared]))

deep = []
for i in range(100000):
    deep = [deep]
attempt("repr deep", lambda: len(repr(deep)))
attempt("json deep", lambda: len(json.dumps(deep)))
attempt("deepcopy deep", lambda: len(copy.deepcopy(deep)))
attempt("loads deep array", lambda: json.loads("[" * 100000 + "]" * 100000))
attempt("loads deep object", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
left, right = [], []
for i in range(5000):
    left, right = [left], [right]
attempt("deep == deep", lambda: left == right)

shallow = []
for i in range(100):
    shallow = [shallow, (i, {"k": i})]
copied = copy.deepcopy(shallow)
print(copied == shallow, copied is shallow, len(json.dumps(shallow)))
pair = [1]
c = copy.deepcopy([pair, pair])
print(c[0] is c[1], c[0] is pair)
