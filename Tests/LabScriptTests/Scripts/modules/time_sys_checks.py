import sys
import time
import math
print(type(sys.argv).__name__, isinstance(sys.maxsize, int), sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.platform in ("linux", "darwin"))
start = time.time()
t0 = time.perf_counter()
time.sleep(0.02)
t1 = time.perf_counter()
print(t1 > t0, 0.01 < t1 - t0 < 2, time.time() >= start, isinstance(time.monotonic(), float))
print(sys.getrecursionlimit() >= 1000)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
out = sys.stdout
out.write("via sys.stdout\n")
print("flushed", flush=True)
print(math.floor(time.time()) > 1600000000)
