# bytes hash by value: dict keys, set members; `in` finds bytes substrings and byte values.
cache = {b"key": 1, b"other": 2}
print(cache[b"key"], b"ke" + b"y" in cache, len({b"a", b"a", b"b"}))
print(b"bc" in b"abcd", b"x" in b"abc", 98 in b"abc", b"" in b"abc")
seen = set()
for chunk in [b"ab", b"cd", b"ab"]:
    if chunk in seen:
        print("duplicate", chunk)
    seen.add(chunk)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
