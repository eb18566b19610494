import torch
# Several index lists broadcast together and pick elements pointwise; a bool mask covers the leading dims.
x = torch.arange(24.0).reshape(2, 3, 4)
print(x[[0, 1], [1, 2]])
print(x[[0, 1], [1, 2], [3, 0]])
print(x[torch.tensor([[0], [1]]), torch.tensor([0, 2])])
print(x[[1, -1], [0, -1]])
y = torch.arange(12).reshape(3, 4)
print(y[[0, 2], [1, 3]], y[torch.tensor([True, False, True])], y[torch.tensor([True, False, True]), 1:])
z = torch.zeros(3, 4)
z[[0, 2], [1, 3]] = 5.0
print(z)
w = torch.ones(3, requires_grad=True)
w[[0, 2]].sum().backward()
print(w.grad)
for bad in [lambda: y[[0, 5], [1, 1]], lambda: y[[0, 1], [1, 2, 3]], lambda: y[torch.tensor([True, False])]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# Integer matrix products stay integers; mixed dtypes are refused as in PyTorch.
a = torch.tensor([[1, 2], [3, 4]])
print(a @ torch.tensor([[1], [1]]), torch.matmul(a, torch.tensor([5, 6])), torch.tensor([1, 2]) @ torch.tensor([3, 4]))
print(a.int() @ a.int(), torch.bmm(a.unsqueeze(0), a.unsqueeze(0)), a.to(torch.uint8) @ torch.tensor([[200, 0], [0, 1]], dtype=torch.uint8))
for bad in [lambda: a @ torch.ones(2, 2), lambda: torch.ones(2, 2) @ a, lambda: a.bool() @ a.bool()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
