# random draws over ranges of every width: up to 32 bits, up to 64 bits, and wider (BigInt).
import random

random.seed(12345)
for n in [1, 2, 3, 7, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**40 + 3, 2**62, 2**63 - 1, 2**63, 2**64, 2**64 + 1, 10**30]:
    print(n, random.randrange(n), random.randrange(-n, n), random.randint(-5, n))
print([random.choice("abcdefghij") for _ in range(20)])
print(random.sample(range(10**12), 5), random.randrange(10, 10**15, 7))
print(random.randint(-2**63, 2**63 - 1), random.randrange(-2**63, 2**63))
items = list(range(20))
random.shuffle(items)
print(items)
for bad in [(0,), (5, 5), (3, 1)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print("ValueError:", e)
