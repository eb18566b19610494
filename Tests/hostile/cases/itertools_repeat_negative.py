import itertools
print(list(itertools.repeat('x', -5)))
