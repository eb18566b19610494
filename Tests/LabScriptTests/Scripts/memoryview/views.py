# memoryview over bytes and bytearray: reading, slicing, writing through, releasing.
def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)

def assign(view, key, value):
    view[key] = value

b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m[::2].tobytes(), m.tolist())
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj is b)
print(m[::-1].tobytes(), m[::-1].tolist(), m[5:1:-2].tolist(), m[2:][1:3].tobytes(), m[10:].tolist())
print(m == b, m == b"abcdeg", m == bytearray(b), m[::2] == b"ace", b == m, m != b, m == "abcdef", m == [97])
print(hash(m) == hash(b), m.hex(), m.hex(":"), m.hex("-", 2), list(m), 99 in m, bytes(m) == b)
print(type(m), memoryview, isinstance(m, memoryview), m.contiguous, m[::2].contiguous, m[::2].strides)
attempt(lambda: m[10])
attempt(lambda: m[-7])
attempt(lambda: m["x"])
attempt(lambda: m[1.5])
attempt(lambda: assign(m, 0, 1))
attempt(lambda: m < m)

ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 72
print(ba, v.readonly)
v[1:3] = b"EL"
print(ba)
v[::2] = b"xyz"
print(ba)
v[3:5] = memoryview(b"!?")
print(ba, v.tobytes())
attempt(lambda: assign(v, 0, 256))
attempt(lambda: assign(v, 0, -1))
attempt(lambda: assign(v, 0, "x"))
attempt(lambda: assign(v, slice(0, 2), b"xyz"))
attempt(lambda: assign(v, slice(0, 2), "xy"))
attempt(lambda: hash(v))
attempt(lambda: ba.append(1))
attempt(lambda: ba.extend(b"x"))
attempt(lambda: ba.pop())
attempt(lambda: ba.remove(120))
attempt(lambda: ba.insert(0, 1))
attempt(lambda: ba.clear())
ba[0] = 74
ba.reverse()
print(v[0], v.tobytes(), ba)
v.release()
print(repr(v).startswith("<released memory at 0x"))
attempt(lambda: v[0])
attempt(lambda: len(v))
attempt(lambda: v.tobytes())
attempt(lambda: v.tolist())
attempt(lambda: v.nbytes)
print(v == b"x", v == v, v.release())
ba.append(33)
print(ba)
with memoryview(ba) as w:
    print(w.tobytes(), w.cast("B").tolist()[:2], list(w)[:3])
    attempt(lambda: ba.append(0))
ba.append(0)
print(ba)
attempt(lambda: w.tobytes())

c = memoryview(b"ab").cast("c")
print(c[0], c.tolist(), c.format, list(c), c == b"ab", bytes(c))
s = memoryview(b"\xff\x01").cast("b")
print(s.tolist(), s.format, s[0], s == b"\xff\x01")
sb = memoryview(bytearray(2)).cast("b")
sb[0] = -5
print(sb.obj, sb.tolist())
attempt(lambda: assign(sb, 1, 200))
attempt(lambda: memoryview("abc"))
attempt(lambda: memoryview(5))
attempt(lambda: memoryview(b"abcd")[::2].cast("B"))
print(memoryview(memoryview(b"xy")).tobytes(), bytearray(memoryview(b"xy")), b"-".join([memoryview(b"a"), b"b"]), b"x" + memoryview(b"y"))
print(memoryview(b"")[0:0].tolist(), memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"q")).toreadonly().readonly)
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), {b"key": 1}[memoryview(b"key")], memoryview(b"hey").tobytes().decode())

# Views with files and struct.
import io
import struct
data = bytearray(8)
view = memoryview(data)
stream = io.BytesIO(b"\x01\x00\x02\x00tail")
print(stream.readinto(view[2:6]), data, stream.write(view[:4]), stream.getvalue())
print(struct.unpack("<HH", view[2:6]), struct.unpack_from("<H", memoryview(b"\x00\x05\x00"), 1))
