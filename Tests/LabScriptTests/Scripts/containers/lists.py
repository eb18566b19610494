nums = [5, 3, 8, 1, 9, 2]
print(nums, len(nums), nums[0], nums[-1], nums[1:4], nums[::-1], nums[::2], nums[-2:], nums[:-2])
nums.append(7)
nums.extend([0, 4])
nums.insert(0, 10)
print(nums, nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(1), 9 in nums, 100 not in nums)
nums.sort()
print(nums, sorted(nums, reverse=True), sorted(["b", "A", "c"], key=str.lower))
nums.reverse()
print(nums, min(nums), max(nums), sum(nums))
a = [1, 2, 3]
b = a
b.append(4)
c = a.copy()
c.append(5)
print(a, b, c, a is b, a == b, a is c)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, [1, [2, [3]]])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], [row[0] for row in m], list(zip(*m)))
del nums[0]
del nums[1:3]
print(nums)
nums[0:2] = [100, 200, 300]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
x = [3, 1, 2]
x.sort(key=lambda v: -v)
print(x, list(reversed(x)), list(range(10))[2:8:3])
words = ["apple", "Banana", "cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), max(pairs), min(pairs, key=lambda p: p[1]))
e = []
print(e, bool(e), len(e), [None], [True, False])
x = [1, 2, 3]
x += [4]
x *= 2
print(x, x.clear(), x)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, "a"] == [1, "a"])
lst = [1, 2, 3]
lst[1] = lst
print(lst)
print(list(map(lambda v: v * v, [1, 2, 3])), list(filter(None, [0, 1, "", "a"])))
print(list(enumerate("ab", start=1)), list(zip([1, 2, 3], "ab")))
