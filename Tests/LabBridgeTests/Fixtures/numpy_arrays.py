import numpy as np
import torch
a = np.array([1.0, 2.5, 3.0])
print(repr(a), a, a.shape, a.dtype, repr(a.dtype))
print(np.mean(a), np.std(a), np.sum(a), np.min(a), np.max(a), np.argmax(a))
rewards = [0.1, 0.7, 0.2, 0.9, 0.33, 0.15, 0.61, 0.42, 0.58, 0.27, 0.11]
print(np.mean(rewards), np.std(rewards), np.std(rewards, ddof=1), np.sum(rewards))
big = [i * 0.37 % 1.3 for i in range(300)]
print(np.mean(big), np.sum(big), np.std(big))
b = np.array([[1, 2, 3], [4, 5, 6]])
print(repr(b), b.dtype, b.shape, b.tolist())
print(repr(b * 2), repr(b + np.array([10, 20, 30])), repr(b / 2), repr(b - 1.5))
print(repr(np.mean(b, axis=0)), repr(np.sum(b, axis=1)), b.mean())
print(repr(np.arange(5)), repr(np.arange(0.0, 1.0, 0.25)), repr(np.linspace(0, 1, 5)))
print(repr(np.zeros(3)), repr(np.ones((2, 2))), repr(np.sqrt(np.array([1.0, 4.0, 2.0]))))
print(repr(np.round(np.array([1.234, 2.345]), 2)), repr(np.abs(np.array([-1, 2]))))
print(repr(a > 2), repr(-a), b[1], b[0, 2], repr(b[:, 1]), repr(a[1:]))
print(repr(np.array([0.1, 0.2, 0.30000001])))
t = torch.tensor([[1.5, -2.0], [0.25, 4.0]])
print(repr(t.numpy()), t.numpy().dtype, t.numpy().tolist(), repr(np.array(t.tolist())))
print(repr(np.array([0.123456789, 12.5])), len(a), [int(x) for x in b[0]])
print(repr(np.arange(30) * 1000))
