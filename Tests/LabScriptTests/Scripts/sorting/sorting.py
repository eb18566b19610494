records = [("bob", 25, 3.5), ("ann", 31, 3.9), ("cy", 25, 3.1), ("dee", 31, 3.9), ("ed", 19, 2.0)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[2], r[0])))
by_age = sorted(records, key=lambda r: r[0])
by_age.sort(key=lambda r: r[1])
print([r[0] for r in by_age])
print(sorted([3, 1, 2], reverse=True), sorted("Banana"), sorted(["b", "B", "a", "A"]), sorted([True, False, 0, 1]))
print(sorted([1.5, 1, -2, 0.0, -0.0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
nums = [5, 2, 8, 2, 9, 1]
nums.sort()
print(nums, nums[::-1], sorted(set(nums)), sorted(nums, key=lambda x: (x % 3, x)))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda x: x % 2 == 0), min(records, key=lambda r: r[2]), max(records, key=lambda r: (r[1], r[0])))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(sorted(nums))), sorted([], reverse=True), sorted((3, 2, 1)))
