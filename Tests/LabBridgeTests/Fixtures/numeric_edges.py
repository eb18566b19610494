import warnings

import numpy as np
import torch

warnings.simplefilter("ignore")
# NumPy int64 arithmetic wraps around, and integer division by zero gives 0 (with a warning).
print(np.array([7]) // 0, np.array([7, -3]) % 0)
print(np.array([10]) ** 20, np.array([2**62]) * 4, np.array([-2**63]) // -1)
print(np.array([-7, 7]) // 2, np.array([-7, 7]) % 3, np.array([-7, 7]) % -3)
print(int((np.array([10]) ** 20)[0]), (np.array([5, 6]) ** 3).tolist())
try:
    np.array([2]) ** np.array([-1])
except ValueError as e:
    print("ValueError:", e)
# Non-finite floats are aligned in the full width of the column.
print(np.array([np.inf, -np.inf, np.nan]))
print(np.array([1.5, np.inf, np.nan]))
print(repr(np.array([np.inf, -np.inf, np.nan])))
print(repr(np.array([0.25, -np.inf])), repr(np.array([1.0, np.nan, 2.5])))
# PyTorch prints every NaN as nan and refuses integer division by zero.
print(torch.tensor([1.0]) / 0 * 0, torch.tensor([float("nan"), float("inf"), -float("inf")]))
print(torch.tensor([1.0, -float("nan"), 2.0]))
try:
    torch.tensor([1, 2]) // 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([7, -7]) // 2)
# Sizes too big to allocate fail before allocating, with the libraries' errors.
for make in [lambda: np.zeros(10**12), lambda: np.ones((10**6, 10**6), dtype=bool), lambda: np.zeros((3, 2**40)),
             lambda: np.zeros(-1), lambda: torch.zeros(10**12), lambda: torch.ones(10**6, 10**6)]:
    try:
        make()
    except (MemoryError, ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
