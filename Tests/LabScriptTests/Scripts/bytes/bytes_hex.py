data = bytes([222, 173, 190, 239, 1])
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -2), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(repr(b"\x00\x7f\x80'\""), repr(b"it's"), repr(b'say "hi"'))
