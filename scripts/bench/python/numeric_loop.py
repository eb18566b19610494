# Integer and float arithmetic in a plain loop.
def run(n):
    total = 0
    acc = 0.0
    for i in range(n):
        total += i * i % 7
        acc += i * 0.5 - total / (i + 1)
    return total, acc

t, a = run(1_000_000)
print(t, round(a, 6))
