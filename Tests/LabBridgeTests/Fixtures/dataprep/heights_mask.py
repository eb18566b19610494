import numpy as np
np.random.seed(0)
heights = np.random.normal(170, 10, size=7)
print(heights.round(1))
print(round(float(heights.mean()), 3), round(float(heights.std()), 3))
tall = heights[heights > 175] if True else None
print(tall.round(2))
