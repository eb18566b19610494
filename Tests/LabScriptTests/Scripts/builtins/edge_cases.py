import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.mean([0.1, 0.2, 0.3]), statistics.variance([1, 2, 3, 4]), statistics.mode([1, 1, 2]), statistics.pstdev([1, 2, 3, 4]))
x = {"b": 1, "a": 2}
print(sorted(x), sorted(x.items()), list(reversed(x)), x.keys() - {"a"})
print("%5.1f%%" % 12.345, "%-6d|" % 42, "%+.3e" % 12345.6789, "%#o %#x" % (8, 255))
print("{:>6.2%}".format(0.5), "{:e}".format(0), "{:.0e}".format(12345))
print(int("١٢٣") if False else 0, "Ⅻ".isnumeric(), "½".isnumeric(), "²".isdigit(), "²".isdecimal())
a = [1, 2, 3]
print(a[5:], a[-10:2], a[::-1][:2], a[1:1], a[3:0:-1])
print(list(range(0)), list(range(-3)), range(0, 10, 3)[-1], range(10)[2:5], len(range(-5, 5, 2)))
print(10 in range(0, 20, 5), 11 in range(0, 20, 5), range(5) == range(0, 5))
print(type(1 == 1), (1).__class__, 3 .bit_length(), (255).to_bytes(2, "big"))
print(1 if [] else 2, [] is not None, None is None, not None)
s = "Hello"
print(s * 0, s[10:], s[-1:-6:-1], s.split("l"), s.lower().count("l"))
print(max({"a": 3, "b": 5}.items(), key=lambda kv: kv[1]))
print(round(-0.0), round(0.5), round(1.5), round(2.5), round(-1.5), round(1e-20, 25))
print(2**31, 2**63 // 3, -2**63 // 3, (-7) // 2, -7 % 2.5)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e308 + 1e308, -(1e308 * 10))
print(float("  12  "), float("1e-3"), float(".5"), float("5."), int(float("1e3")))
print(str(1e16), str(1.5e-7), str(123e-9), 100000000000000000000.0, 1e-4, 0.00001)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), 7 // 0.5, -7 % -3)
print(sum([]), sum([], 0.0), max([3], default=None), min((1, 2), (1, 1)))
def f(*, a, b=2): return a + b
print(f(a=1), f(b=3, a=1))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", "cd")))
print("a" "b", 'c' + "d", """tri
ple""", r'\n')
print([i for i in range(10) if i % 2 if i > 3], [j for i in range(3) for j in range(i)])
t = 1,
print(t, type(t).__name__, (1, 2) + t)
print(bool(0.0), bool(-1), bool("0"), bool([0]), bool(None))
print(isinstance(1.0, int), float.__name__, int.__name__, type(None).__name__)
