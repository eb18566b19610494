# f-string and % formatting.
lines = []
for i in range(100_000):
    loss = 1.0 / (i + 1)
    lines.append(f"step {i:6d} | loss {loss:.4f} | lr {3e-4 * (i % 10):.2e} | {i % 7!r}")
n = sum(len(line) for line in lines)
extra = ["%s=%d (%.2f%%)" % ("k", i, i / 3) for i in range(50_000)]
print(n, lines[-1], extra[-1])
