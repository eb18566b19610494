# bytearray mutation: methods, item and slice assignment and deletion, in-place operators.
b = bytearray(b"hello world")
alias = b
b[0] = ord("H")
b[-1] = 0x44
print(b, alias is b)
b[6:11] = b"there!"
print(b, len(b))
b[::2] = b"X" * len(b[::2])
print(b)
del b[::3]
print(b)
del b[1]
del b[-2:]
print(b)
b[:0] = [1, 2, 3]
b[len(b):] = range(65, 70)
print(b)
b[2:4] = b""
print(b)
b[::-1] = bytes(reversed(b))
print(b)
b.append(33)
b.extend(b"ab")
b.extend([99, 100])
b.extend(x for x in range(48, 51))
b.extend(bytearray(b"!"))
print(b)
b.insert(0, 90)
b.insert(-1, 89)
b.insert(100, 88)
b.insert(-100, 87)
print(b)
print(b.pop(), b.pop(0), b.pop(3), b)
b.remove(ord("a"))
print(b)
c = b.copy()
c.reverse()
print(b, c, b == c[::-1])
b += b"++"
print(alias is b, alias)
b *= 2
print(alias is b, alias)
b += bytearray(b"--")
print(b)
x = b[1:4]
x[0] = 0
print(type(x).__name__, x, b[1:4])
b.clear()
print(b, len(b), bool(b))
b *= 3
print(b)
d = bytearray(b"abc")
d *= 0
print(d)
d = bytearray(b"xy")
d *= -2
print(d)
# self-referential slice assignment
e = bytearray(b"abcdef")
e[1:3] = e
print(e)
e[::3] = e[:len(e[::3])]
print(e)
# iteration sees mutation, as CPython's bytearray iterator does
f = bytearray(b"\x01\x02\x03")
seen = []
for v in f:
    seen.append(v)
    if len(f) < 6:
        f.append(v + 10)
print(seen, f)
g = bytearray(b"abcdef")
out = []
for v in g:
    out.append(chr(v))
    if g:
        del g[0]
print(out, g)
# augmented item assignment
h = bytearray(b"\x10\x20")
h[0] += 1
h[1] ^= 0xFF
h[-1] >>= 1
print(h, list(h))
# comparisons and containment
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"ab") < b"abc", bytearray(b"b") > bytearray(b"abc"))
print(bytearray(b"abc") != "abc", b"b" in bytearray(b"abc"), 98 in bytearray(b"abc"), bytearray(b"bc") in b"abc")
print(sorted(bytearray(b"cab")), sum(bytearray(b"\x01\x02")), max(bytearray(b"az")), list(reversed(bytearray(b"ab"))))
print(bytes(bytearray(b"q")), bytearray(bytes(3)), bytearray(range(3)), bytearray("é", "utf-8"), bytearray("é", "latin-1"))
print(bytearray(b"x") + b"y", b"x" + bytearray(b"y"), 3 * bytearray(b"ab"), bytearray(b"ab") * 0)
print(type(bytearray(b"x") + b"y").__name__, type(b"x" + bytearray(b"y")).__name__)
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True))
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), type(bytearray()), bytearray)
print(str(bytearray(b"s")), repr(bytearray(b"it's")), f"{bytearray(b'f')}", bytearray(b'\t\n\x7f\x80'))
import copy
k = bytearray(b"deep")
k2, k3 = copy.copy(k), copy.deepcopy([k, k])
k[0] = 0x44
print(k, k2, k3, k3[0] is k3[1])
print({bytes(bytearray(b"key")): 1}[b"key"], bytearray(b"abc").decode(), bytearray(b"\xc3\xa9").decode("utf-8"))
print(bytearray(b"a,b,,c").split(b","), bytearray(b"  x  y ").split(), bytearray(b"x").join([b"1", bytearray(b"2")]))
