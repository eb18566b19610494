# int() of strings beyond the 4300-digit limit (switched off) is parsed in halves.
import sys
sys.set_int_max_str_digits(0)
for text in ["7" * 9000, "1" + "0" * 12000, "-" + "98765" * 2000 + "1", "123_456" * 1500]:
    n = int(text)
    print(n % 1_000_000_007, len(str(n)), str(n)[:10])
print(int("f" * 5000, 16) % 1000003)
try:
    int("12" * 5000 + "x")
except ValueError as e:
    print(str(e)[:60])
