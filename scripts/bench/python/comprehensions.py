# List, dict and set comprehensions.
total = 0
for k in range(200):
    squares = [i * i for i in range(2000) if i % 3]
    evens = {i: i // 2 for i in squares if i % 2 == 0}
    mods = {i % 101 for i in squares}
    total += len(squares) + len(evens) + len(mods) + sum(squares[:10])
print(total)
