import itertools
import random
from collections import deque

def attempt(label, f):
    try:
        print(label, "->", f())
    except (OverflowError, ValueError, MemoryError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("len of a 2**64-long range", lambda: len(range(-2**63, 2**63 - 1)))
attempt("short range at the edges", lambda: list(range(2**63 - 3, 2**63 - 1)))
attempt("wide step", lambda: list(range(-2**63, 2**63 - 1, 2**63 - 1)))
attempt("range slice", lambda: range(0, 100, 3)[::-2][:4])
attempt("step -2**63", lambda: "abc"[::-2**63])
attempt("step 2**63", lambda: "abc"[1::2**63])
attempt("list step", lambda: [1, 2, 3][::-2**63])
attempt("huge bounds", lambda: "abcdef"[-2**63:2**63:2])
attempt("ljust 2**63-1", lambda: "x".ljust(2**63 - 1))
attempt("center 2**63-1", lambda: "x".center(2**63 - 1))
attempt("zfill 2**63-1", lambda: "7".zfill(2**63 - 1))
attempt("list * 10**12", lambda: [0] * 10**12)
attempt("tuple * 10**12", lambda: (1, 2) * 10**12)
attempt("bytes(10**13)", lambda: bytes(10**13))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("width 2**63", lambda: f"{1:{2**63}}")
attempt("%-width too big", lambda: "%99999999999999999999d" % 1)
attempt("%-precision too big", lambda: "%.10000000000f" % 1.0)
attempt("repeat -5", lambda: list(itertools.repeat("x", -5)))
attempt("deque maxlen -1", lambda: deque(maxlen=-1))
attempt("deque maxlen 0", lambda: deque([1, 2], maxlen=0))
random.seed(7)
attempt("sample of a huge range", lambda: len(random.sample(range(10**9), 3)))
attempt("sum of a long range", lambda: sum(range(10**6)))
attempt("sum of a stepped range", lambda: sum(range(10, -7, -3), 5))
attempt("sum of an empty range", lambda: sum(range(5, 5), 2.5))
attempt("sum with float start", lambda: sum(range(4), 0.5))
attempt("padding", lambda: ("ab".ljust(5, "*"), "ab".center(7, "-"), "-42".zfill(6), "a\tbc\td".expandtabs(4), f"{'x':^6}|{3:>4}|{-3:=05}"))
