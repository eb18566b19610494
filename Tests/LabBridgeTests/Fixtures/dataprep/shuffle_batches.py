import numpy as np
np.random.seed(0)
data = list(range(10))
np.random.shuffle(data)
batches = [data[i:i + 4] for i in range(0, len(data), 4)]
for b in batches:
    print(b)
arr = np.arange(12).reshape(4, 3)
np.random.shuffle(arr)
print(arr)
