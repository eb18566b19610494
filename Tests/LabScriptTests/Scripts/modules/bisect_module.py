import bisect
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 3, 2))
bisect.insort(a, 4); bisect.insort_left(a, 3); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5)]; bisect.insort(recs, ("c", 3), key=lambda r: r[1]); print(recs, bisect.bisect_left(recs, 5, key=lambda r: r[1]))
