import random
random.seed(3)
for _ in range(60):
    a = random.randint(-10**30, 10**30)
    b = random.randint(-10**12, 10**12) or 7
    c = random.randint(-300, 300) or 3
    print(a // b, a % b, divmod(a, c), a * b, a - b * c, a >> 5, a << 3, a & b, a | c, a ^ b, -a, abs(a), a / b, b / c, b ** 3, c ** 11, hex(a), f"{a:,}", f"{b:_x}", round(a, -5), a == a * 1.0, a < b * 1e18, float(a))
