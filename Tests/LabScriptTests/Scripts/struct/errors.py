import struct
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for fmt, v in [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("l", 2**63), ("<l", 2**31), ("<L", -1), ("q", 2**63),
               ("Q", -1), ("<q", 2**64), ("b", 1.5), ("f", "x"), ("<f", 1e39), ("e", 1e6), ("?", []), ("s", "x"), ("c", b"ab"), ("c", 1),
               ("<n", 1), ("3s", b"abcdef"), ("5p", b"ab"), ("<I", 2**32), ("I", 2**32), ("<i", -2**31-1), ("<h", 40000), ("<b", 200),
               ("<B", 256), ("<H", -1), ("L", 2**64), ("L", -1), ("<Q", 2**64), ("N", -1), ("<e", 65520.0), ("<e", 65519.0), ("<i", 2**100),
               ("<i", "1"), ("<i", 3.0), ("s", 1), ("z", 1), ("<d", 10**400)]:
    t(lambda: struct.pack(fmt, v))
t(lambda: struct.pack("ii", 1)); t(lambda: struct.pack("i", 1, 2)); t(lambda: struct.unpack("i", b"abc")); t(lambda: struct.calcsize("z"))
t(lambda: list(struct.iter_unpack("<h", b"abc"))); t(lambda: struct.unpack_from("<h", b"abc", 2)); t(lambda: struct.pack_into("<h", bytearray(2), 1, 5))
t(lambda: struct.calcsize("<2 i")); t(lambda: struct.unpack_from("<i", b"abcd", -2)); t(lambda: struct.unpack_from("<h", b"ab", 5))
t(lambda: struct.pack_into("<i", bytearray(2), 0, 1)); t(lambda: struct.pack_into("<i", b"xxxx", 0, 1)); t(lambda: struct.iter_unpack("", b""))
t(lambda: struct.unpack("<i", "abcd")); t(lambda: struct.calcsize("<3")); t(lambda: struct.Struct(5)); t(lambda: struct.unpack("i", bytearray(4)))
