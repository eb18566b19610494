import numpy as np
np.random.seed(42)
n = 20
X = np.random.randn(n, 3)
y = np.random.randint(0, 2, size=n)
idx = np.random.permutation(n)
train_idx, test_idx = idx[:15], idx[15:]
print("train", train_idx)
print("test", test_idx)
print(X.shape, y.shape, y.sum())
print(X[:2])
print("mean per feature", np.mean(X, axis=0))
