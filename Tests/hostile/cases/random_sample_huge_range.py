import random
random.seed(0)
print(len(random.sample(range(10**9), 3)))
