# The complex type: literals, repr/str, parts, arithmetic with ints and floats, equality and hashing.
values = [1j, 2 + 3j, 1.5 - 0.5j, -1j, 0j, -0j, 1e16j, 1e-7 + 1e300j, complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(1, -0.0), complex(float("inf"), float("nan")), complex(float("-inf"), 1), 3 + 0j, 1 + 1.0j]
for z in values:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z), type(z).__name__)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0.5, a ** b, -a, +a, abs(a), abs(-2j))
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 3, True + a)
print(1j * 1j, (1 + 2j) * (3 - 1j), 1j ** 2, (1 + 1j) ** 100, 0j ** 0, 0 ** 0j, (2 + 0j) ** 0.5)
z = 1 + 2j
z += 1
z *= 1j
print(z, z == -2 + 2j, z != 1, 1 + 0j == 1, 1 + 0j == 1.0, 2 + 0j == True + 1, 1j == 1, 0j == 0, 1 + 0j == True)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(3 - 4j), hash(-1 + 0j))
print({1: "int", 1 + 0j: "complex"}, {1j, 1j, 2j} == {2j, 1j}, (1 + 2j) in [1 + 2j], sum([1j, 2, 3.5]))
print(isinstance(1j, complex), type(1j) is complex, complex, [1j, 2 + 3j], (1j,), {"k": -1j})
print(f"{1 + 2j}", f"{3j!r}", "{}".format(-1j), "%s %r" % (1j, 2 + 0j), format(1j), format(1 + 1j, ""))
for z in [1+2j, 3j, -1-1j, 5]:
    match z:
        case 1+2j:
            print("one plus two j")
        case 3j:
            print("three j")
        case -1-1j:
            print("minus")
        case _:
            print("other", z)
