print(int("0"), int("-0"), int("+7"), int(" 12_345 "), int("0o17", 0), int("0b11", 0), int("10", 2), int("Z", 36), int(-3.99), int(True))
print(float("-0"), float("1_000.5"), float("1e-3"), float("  .5  "), float(True), float(10 ** 20), float("-inf"))
print(str(12), str(-1.5), str(1e100), str([1, "a"]), str({"a": None}), str((1,)), str(set()), str(frozenset({1})))
print(bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool({}), bool(None))
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), tuple([1]), tuple("ab"), set("aab") == {"a", "b"})
print(dict([(1, 2), (3, 4)]), dict(a=1, **{"b": 2}), dict({"x": 1}, y=2), list(dict(zip("ab", "xy")).items()))
print(repr(int("123456789012345678901234567890")), int("123456789012345678901234567890") % 97)
print(chr(ord("a") + 1), ord("\n"), [ord(c) - 96 for c in "abc"], "".join(chr(65 + i) for i in range(5)))
print(hex(0), oct(0), bin(0), bin(-5), hex(2 ** 70), int(hex(255), 16), int(bin(10), 2))
print(format(10, "b"), format(10, "08b"), f"{10:x}", "{:o}".format(10), int("ff", base=16))
print(round(2.5), round(2.5000001), type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(7, 2))
print(abs(-7), abs(-7.25), abs(3 - 10), divmod(100, 7), divmod(-100, 7), pow(10, -2), pow(-8, 3))
for bad in ["1.5", "abc", "", " ", "1e3", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "", "1,5", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
