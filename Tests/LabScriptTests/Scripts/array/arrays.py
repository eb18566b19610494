# array.array: typed lists of numbers, their bytes, and CPython's range errors.
import array

def assign(target, key, value):
    target[key] = value

def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)

for tc in "bBhHiIlLqQ":
    size = array.array(tc).itemsize
    attempt(lambda: array.array(tc, [-2 ** 70]))
    attempt(lambda: array.array(tc, [2 ** 70]))
    attempt(lambda: array.array(tc, [-1]))
    attempt(lambda: array.array(tc, [2 ** (size * 8)]))
    attempt(lambda: array.array(tc, [2 ** (size * 8) - 1, -(2 ** (size * 8 - 1))]))
attempt(lambda: array.array("z"))
attempt(lambda: array.array("i", [1.5]))
attempt(lambda: array.array("d", ["x"]))
attempt(lambda: array.array("i", "ab"))
print(array.array("d", [1, True]), array.array("i", [True, 2]))
a = array.array("f", [0.1, 1e40, 2])
print(a, a[0], a.itemsize, a.typecode)
print(array.array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
attempt(lambda: array.array("i", b"\x01"))
a = array.array("h", range(5))
print(a[1:3], a[::-1], a + array.array("h", [9]), a * 2, 2 * a, a * 0)
print(a == array.array("h", range(5)), a == array.array("i", range(5)), a < array.array("h", [0, 2]), a != a[:2], a == [0, 1, 2, 3, 4])
attempt(lambda: a + array.array("i"))
attempt(lambda: a + [1])
attempt(lambda: a.index(9))
attempt(lambda: a.remove(9))
attempt(lambda: array.array("i").pop())
attempt(lambda: a[10])
attempt(lambda: hash(a))
a[0] = 7
a[1:3] = array.array("h", [8, 8, 8])
print(a, len(a), a.count(8), 8 in a, a.tolist(), a.tobytes(), a.index(8), a.index(8, 2), a[-1])
attempt(lambda: assign(a, 0, 2 ** 40))
attempt(lambda: assign(a, slice(0, 1), [1]))
attempt(lambda: assign(a, slice(0, 1), array.array("i", [1])))
attempt(lambda: assign(a, 99, 1))
a.extend([1, 2])
a.extend(array.array("h", [3]))
print(a)
attempt(lambda: a.extend(array.array("i", [3])))
a.insert(0, 100)
a.insert(-1, 5)
print(a)
print(a.pop(), a.pop(0), a)
a.reverse()
print(a)
a.frombytes(b"\x01\x00")
a.fromlist([4])
print(a, sum(a), max(a), sorted(a))
attempt(lambda: a.fromlist([1, "x"]))
print(a)
print(array.array("B", b"hi"), array.array("d"), array.array("b", []), sum(array.array("d", [0.1, 0.2])))
print(array.typecodes, array.array("q", [2 ** 62]), array.array("Q", [2 ** 64 - 1]), list(array.array("I", [1, 2])))
print(array.array("Q", [2 ** 64 - 1]).tobytes(), array.array("b", b"\xff\x80\x7f"), array.array("d", [1.0, 2.5]).tobytes().hex())
b = array.array("i", [1, 2, -3])
b.byteswap()
print(b)
print(array.array("d", [1.5, float("nan"), -0.0, 1e16]), array.array("d", [1.5]) * 3)
print(array.array, type(a), isinstance(a, array.ArrayType), [x * 2 for x in array.array("H", [1, 2])])
readings = array.array("d")
for i in range(6):
    readings.append(i * 0.5)
print(readings, sum(readings) / len(readings), readings[2:4].tolist(), array.array("d", readings.tobytes()) == readings)
