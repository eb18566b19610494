import random
random.seed(11)
fills = ["", "*", "0", " ", "é"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
types = ["", "d", "f", "F", "e", "E", "g", "G", "%", "x", "X", "o", "b", "n", "s", "c"]
values = [0, 1, -1, 42, -1234567, 10**20, 3.14159, -0.0, 1e-7, 123456.789, float("inf"), float("nan"), "text", True, 2.5, 0.5]
for _ in range(400):
    spec = random.choice(fills) + random.choice(aligns) if random.random() < 0.5 else random.choice(aligns)
    spec += random.choice(signs) + random.choice(["", "#"]) + random.choice(["", "0"]) + random.choice(["", "1", "8", "12"])
    spec += random.choice(["", ",", "_"]) + random.choice(["", ".0", ".2", ".5", ".10"]) + random.choice(types)
    v = random.choice(values)
    try:
        r = format(v, spec)
        print(repr(spec), repr(v), repr(r))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), repr(v), type(e).__name__)
