# Dict and set operations.
d = {}
s = set()
for i in range(300_000):
    key = i % 5003
    d[key] = d.get(key, 0) + i
    if key in s:
        s.discard(key)
    else:
        s.add(key)
keys = list(d)
merged = {k: v for k, v in d.items() if k in s}
inv = {}
for k, v in d.items():
    inv.setdefault(v % 17, []).append(k)
print(len(d), len(s), len(merged), sum(len(v) for v in inv.values()), keys[:5])
