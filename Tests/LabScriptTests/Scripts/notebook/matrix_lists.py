def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(A, B)])
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(I)
for row in matmul(A, [[0.5, 0], [0, 0.5]]):
    print(" ".join(f"{v:6.2f}" for v in row))
def softmax(xs):
    import math
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    s = sum(exps)
    return [e / s for e in exps]
probs = softmax([2.0, 1.0, 0.1])
print(probs, sum(probs))
print([round(p, 4) for p in probs], max(range(len(probs)), key=probs.__getitem__))
vec = [3, 4]
norm = sum(v * v for v in vec) ** 0.5
print(norm, [v / norm for v in vec])
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
flat = [x for row in A for x in row]
print(flat, sum(flat) / len(flat), sorted(flat, reverse=True)[:2])
def dot(u, v):
    return sum(a * b for a, b in zip(u, v))
print(dot([1, 2, 3], [4, 5, 6]), dot([0.1] * 3, [0.2] * 3))
def cosine(u, v):
    return dot(u, v) / (dot(u, u) ** 0.5 * dot(v, v) ** 0.5)
print(f"{cosine([1, 0, 1], [1, 1, 0]):.6f}")
