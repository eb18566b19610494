# Long divisions that are computed a piece of the dividend at a time: the quotient and remainder
# must be exact, with Python's signs.
import sys
sys.set_int_max_str_digits(0)

def digest(n):
    text = str(n)
    return (len(text), text[:12], text[-12:], n % 1_000_000_007)

a = 7 ** 90000 + 12345
b = 3 ** 20000 + 1
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 97), (a * b + 5, b), (b, a)]:
    q, r = divmod(x, y)
    assert q * y + r == x
    print(digest(q), digest(r), (q < 0), (r < 0), x % y == r, x // y == q)
