import operator
print(operator.__add__(2, 3), operator.__or__(6, 1), operator.__not__(0), operator.__getitem__("ab", 1), operator.__lt__(1, 2))
print(operator.call(max, 3, 9, key=lambda x: -x), operator.index(True), operator.inv(0), operator.is_(None, None))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.attrgetter("real", "imag")(3))
print(operator.methodcaller("replace", "a", "b", 1)("aaa"), repr(operator.methodcaller("pad", fill=0)))
try:
    operator.itemgetter(1)("a", "b")
except TypeError as e:
    print("TypeError:", e)
import heapq
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6], key=lambda x: -x if False else x)), list(heapq.merge()))
print(list(heapq.merge(["apple", "Banana"], ["cherry"], key=str.lower)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge([(1, "b")], [(1, "a")], key=operator.itemgetter(0))))
