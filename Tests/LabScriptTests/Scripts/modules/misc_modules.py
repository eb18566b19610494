import sys
import time
import string
import copy
print(sys.argv[0] == "" or True, sys.maxsize, sys.getrecursionlimit(), type(sys.version).__name__)
sys.stdout.write("written to stdout\n")
print("to stderr", file=sys.stderr)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.005, type(time.time()).__name__)
print(string.ascii_lowercase, string.digits, string.punctuation, string.ascii_uppercase[:5])
a = [[1, 2], [3, 4]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(99)
print(a, b, c, b[0] is a[0], c[0] is a[0])
shared = [1]
pair = [shared, shared]
dc = copy.deepcopy(pair)
print(dc[0] is dc[1], dc[0] is shared)
import math as m, json as j
from os import path
print(m.floor(1.5), j.dumps([1]), path.join("a", "b"), path.splitext("x/y.txt"))
print("end")
