# Integer and float arithmetic with Python's rules
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, 1 / 3, 2 / 3, 10 / 5)
print(2 ** 10, 2 ** 100, 2 ** -1, (-2) ** 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(0.1 + 0.2, 1e16, 1e-5, 0.0001, 123456789.123456789)
print(1e15, 1e16 - 1, 1.0, -0.0, 3.0 * 1e300 * 1e10)
print(float('nan'), float('inf'), -float('inf'))
print(10 ** 20, -(10 ** 20), 2 ** 63, -2 ** 63, 2 ** 64 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(123456789 * 987654321 * 1000000007)
print(abs(-5), abs(-5.5), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(int(3.9), int(-3.9), int("  42 "), int("ff", 16), int("0x1F", 0), int("1_000"))
print(float("1.5"), float(" -2e3 "), float("inf"), float(7))
print(True + True, True * 10, False - 1)
print(1 < 2 < 3, 3 > 2 > 1 > 5, 1 == 1.0, 0.1 + 0.2 == 0.3)
print(hex(255), oct(8), bin(10), hex(-255))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1), pow(2.0, 0.5))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2)
x = 10
x += 5
x *= 2
x //= 3
x **= 2
print(x)
print(1_000_000, 0xff, 0o17, 0b101)
print(3 * 1.1, 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
print(2 ** 0.5, 10 / 3, 22 / 7, 1 / 7)
print([(n).bit_count() for n in (0, 1, -1, 255, -256, 2**100 - 1, -(2**70))], (10).bit_length(), (-(2**70)).bit_length())
