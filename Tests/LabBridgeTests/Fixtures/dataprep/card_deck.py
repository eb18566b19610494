import numpy as np
rng = np.random.default_rng(11)
deck = list(range(1, 11))
rng.shuffle(deck)
hand = deck[:3]
print(deck, hand)
print(rng.permutation(deck)[:4])
print(rng.random(), rng.integers(100))
