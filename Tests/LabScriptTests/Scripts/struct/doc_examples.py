# Examples from the struct section of the Python library reference.
from struct import *
from collections import namedtuple
import struct

print(pack(">bhl", 1, 2, 3))
print(unpack(">bhl", b"\x01\x00\x02\x00\x00\x00\x03"))
print(calcsize(">bhl"))
try:
    pack(">h", 99999)
except struct.error as e:
    print("struct.error:", e)
print(pack(">?", True), pack(">h", 1023), pack("<h", 1023))
print(pack("@ccc", b"1", b"2", b"3"), pack("@3s", b"123"))
record = b"raymond   \x32\x12\x08\x01\x08"
name, serialnum, school, gradelevel = unpack("<10sHHb", record)
print(name, serialnum, school, gradelevel)
Student = namedtuple("Student", "name serialnum school gradelevel")
print(Student._make(unpack("<10sHHb", record)))
print(pack("@ci", b"#", 0x12131415), pack("@ic", 0x12131415, b"#"))
print(calcsize("@ci"), calcsize("@ic"), calcsize("@llh"), calcsize("@llh0l"))
s = Struct("<4sHf")
print(s.format, s.size)
packed = s.pack(b"abcd", 513, 1.5)
print(packed, s.unpack(packed), s.unpack_from(b"__" + packed, 2))
buf = bytearray(16)
struct.pack_into("<hh", buf, 2, -1, 258)
s.pack_into(buf, 4, b"xy", 7, -0.25)
print(buf, struct.unpack_from("<hh", buf, 2))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\xff\xff\x03")), list(Struct(">H").iter_unpack(b"\x00\x01\x00\x02")))
print(pack("<5p", b"ab"), unpack("<5p", b"\x02abzz"), pack("3x?", 0), calcsize(" < 2 i x "))
print(pack("<e", 1.0009765625), pack("<e", 0.1), unpack("<e", b"\x00\x7c"), unpack("<e", b"\x01\x00"), unpack(">f", pack(">f", 0.1)))
print(pack("!d", -0.0), unpack("!d", pack("!d", 1e300)), pack("=q", -2), unpack("=Q", b"\xff" * 8), unpack("@L", b"\xff" * 8))
print(pack("b", True), pack("<i", -(2 ** 31)), pack("<I", 2 ** 32 - 1), pack("<q", -(2 ** 63)), pack("<Q", 2 ** 64 - 1))
print(pack("n", -1), pack("N", 5), pack("P", 0), calcsize("@bid"), calcsize("<bid"), calcsize("@b0i"), calcsize(b"<h"))
class Index:
    def __index__(self):
        return 7
print(pack("<b", Index()), struct.error, issubclass(struct.error, Exception))
