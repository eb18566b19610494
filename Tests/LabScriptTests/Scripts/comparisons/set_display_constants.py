# Set displays of constants (signed numbers and tuples fold to constants, as CPython's optimizer
# folds them) print in CPython's order, also when hashes collide (hash(-1) == hash(-2)).
print({-1, -2, 5, 100, 7}, {-1, -2, 3}, {(1, -2), (-1, 2), (0, 0)}, {-1.5, -2, 5, 9, 17, 33})
print({1, 17, 2, 3, 4}, {20, 4, 1, 2, 3}, {40, 8, 1, 2, 3, 5, 6}, {-3, -2, -1, 0, 1, 2, 3})
x = -1
print({x, -2, 5, 100, 7}, {-8, 8, -16, 16, 24, -24, 0})
for seed in range(40):
    a = (seed * 7919) % 61 - 30
    b = (seed * 104729) % 53 - 26
    print(sorted({a, b}) == sorted({b, a}), end=" ")
print()
print({-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, 1, 2, 3, 4, 5})
