import random
random.seed("hello"); print(random.random(), random.randint(1, 100))
random.seed(b"bytes"); print(random.random())
random.seed("é" * 10); print(random.choice("abcdef"), random.random())
r = random.Random("lab"); print(r.random(), r.sample(range(10), 3))
random.seed(""); print(random.random())
