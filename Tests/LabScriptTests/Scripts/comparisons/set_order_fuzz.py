# Set iteration order after every kind of set operation, on pseudo-random ints (an LCG, so the
# program itself does not depend on `random`).
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
def rset(size, span):
    return {rnd(span) - span // 4 for _ in range(size)}
for trial in range(60):
    a, b = rset(rnd(40), 200), rset(rnd(12), 200)
    alias = a
    op = trial % 8
    if op == 0: a |= b
    elif op == 1: a &= b
    elif op == 2: a -= b
    elif op == 3: a ^= b
    elif op == 4: a.difference_update(list(b))
    elif op == 5: a.intersection_update(b)
    elif op == 6: a.symmetric_difference_update(b)
    else:
        for x in list(a)[: len(a) // 2]: a.discard(x)
    print(op, alias is a, a, a | b, a & b, a - b, b - a, a ^ b, a.union(b), a.difference(b, [1, 2]), a.intersection(b))
