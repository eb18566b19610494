print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((-300).to_bytes(4, "little", signed=True), (127).to_bytes(1, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "little", signed=True))
for n in [-1, 256]:
    try:
        n.to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError:", e)
for v in [0, 1, 255, 65535, -129, 2 ** 70 + 3]:
    size = (v.bit_length() + 8) // 8
    assert int.from_bytes(v.to_bytes(size, "big", signed=True), "big", signed=True) == v
print("round trips ok")
for f in [lambda: int(b"x"), lambda: int(bytearray(b" 12 ")), lambda: int(b"ff", 16), lambda: int(b"zz", 16), lambda: int(b"\xff"), lambda: int(b"-7")]:
    try:
        print(repr(f()))
    except ValueError as e:
        print("ValueError:", e)
for f in [lambda: float(b"1.5"), lambda: float(bytearray(b" -2e3 ")), lambda: float(b"x"), lambda: float(b"\xff")]:
    try:
        print(repr(f()))
    except ValueError as e:
        print("ValueError:", e)
