# Random values of every code, in every byte order, packed and unpacked.
import random
import struct

random.seed(12)
ranges = {"b": (-128, 127), "B": (0, 255), "h": (-2**15, 2**15 - 1), "H": (0, 2**16 - 1), "i": (-2**31, 2**31 - 1),
          "I": (0, 2**32 - 1), "l": (-2**31, 2**31 - 1), "L": (0, 2**32 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}
for order in "<>!=@":
    for code, (lo, hi) in ranges.items():
        values = [lo, hi, 0] + [random.randint(lo, hi) for _ in range(3)]
        fmt = order + code * len(values)
        data = struct.pack(fmt, *values)
        print(fmt, data.hex(), struct.unpack(fmt, data) == tuple(values), struct.calcsize(fmt))
    for code in "efd":
        values = [random.uniform(-1000, 1000) for _ in range(3)] + [0.0, -0.0, float("inf"), random.random() * 1e-6]
        fmt = order + code * len(values)
        data = struct.pack(fmt, *values)
        print(fmt, data.hex(), [repr(v) for v in struct.unpack(fmt, data)])
for _ in range(40):
    codes = "".join(random.choice("bBhHiIlLqQefd?x") for _ in range(random.randint(1, 6)))
    order = random.choice("<>!=@")
    fmt = order + codes
    values = []
    for c in codes:
        if c in ranges:
            values.append(random.randint(*ranges[c]) if order != "@" or c not in "lL" else random.randint(0, 1000))
        elif c in "efd":
            values.append(round(random.uniform(-100, 100), 2))
        elif c == "?":
            values.append(random.random() < 0.5)
    data = struct.pack(fmt, *values)
    print(fmt, struct.calcsize(fmt), data.hex(), struct.unpack(fmt, data))
