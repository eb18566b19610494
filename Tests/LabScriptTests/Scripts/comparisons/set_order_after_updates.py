s = {5, 3, 100, 1}
s |= {64, 32, 7}
print(s)
s &= {64, 7, 100, 1, 1000}
print(s)
t = set(range(20)); t -= {3, 5}; t ^= {33, 65, 97}
print(t)
u = {10, 20, 30}; u.update(range(40, 48)); u.discard(20); u.add(9)
print(u, u | {1}, u & {9, 40, 77}, u - {9}, {1, 2} ^ {2, 3, 200})
