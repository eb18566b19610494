# error: RecursionError: maximum recursion depth exceeded
import copy
a = []
for i in range(100000):
    a = [a]
copy.deepcopy(a)
