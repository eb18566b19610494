import random
rng = random.Random(5)
print(rng.random(), rng.randint(0, 100), rng.choice("abc"))
random.seed(5)
print(random.random())
other = random.Random(5)
print(other.random() == random.Random(5).random(), type(rng).__name__)
xs = list(range(8)); rng.shuffle(xs); print(xs, rng.sample(range(20), 3), rng.uniform(1, 2), rng.gauss(0, 1))
rng.seed(7); print(rng.random(), random.random())
