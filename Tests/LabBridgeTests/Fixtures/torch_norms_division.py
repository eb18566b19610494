import torch
x = torch.tensor([[3.0, -4.0, 1.5], [0.5, 2.0, -2.5]])
print(x.norm(), x.norm(p=1), x.norm(p=float("inf")), x.norm(dim=1), x.norm(2, dim=0, keepdim=True), x.norm(p=1, dim=-1))
print(torch.norm(x), torch.norm(x, dim=1), torch.norm(x, p=3), x.norm(p="fro"), torch.norm(x, p="fro", dim=1))
print(torch.linalg.norm(x), torch.linalg.norm(x, dim=1), torch.linalg.vector_norm(x), torch.linalg.vector_norm(x, ord=1, dim=0), torch.linalg.vector_norm(x, ord=float("-inf")), torch.linalg.vector_norm(x, ord=0))
print(torch.linalg.vector_norm(x, ord=2, dim=(0, 1), keepdim=True), x.norm(p=0.5))
w = x.clone().requires_grad_(True)
w.norm().backward()
print(w.grad)
w.grad = None
w.norm(p=1, dim=1).sum().backward()
print(w.grad)
w.grad = None
torch.linalg.vector_norm(w, ord=float("inf")).backward()
print(w.grad)
print(x.new_zeros(2, 3), x.new_ones((2,)), x.new_full((2, 2), 7), x.new_tensor([1, 2]), x.new_tensor([1.5]), x.new_empty(0).shape, torch.tensor([1, 2]).new_zeros(3), x.half().new_ones(2))
print(x.new_zeros(2, dtype=torch.long), torch.tensor([1, 2]).new_full((2,), 2.5), torch.tensor([1, 2]).new_tensor([0.5]))
a = torch.tensor([5, -5, 5, -5, 0]); b = torch.tensor([3, 3, -3, -3, 7])
print(a % b, torch.remainder(a, b), torch.fmod(a, b), a // b, torch.floor_divide(a, b), a.remainder(2), a.fmod(-2), a % 3, -7 % torch.tensor([3, -3]))
fa = torch.tensor([5.5, -5.5, 5.5, -5.5, 0.0, -0.0]); fb = torch.tensor([2.0, 2.0, -2.0, -2.0, 3.0, 3.0])
print(fa % fb, torch.fmod(fa, fb), fa // fb, fa % 2, fa // 2, 7.5 // torch.tensor([2.0, -2.0]), torch.tensor([1.0]) % 0, torch.tensor([-1.0]) // 0, torch.tensor([0.0]) // 0)
print(torch.tensor([5, -5]) // 2, torch.tensor([5, -5]) // 2.0, torch.tensor([5, -5]) % 2.5, torch.tensor([5, 6]).half() % 4, (torch.tensor([5, -5]) // 2).dtype)
try:
    print(torch.tensor([5]) % 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(torch.tensor([5]) // 0)
except Exception as e:
    print(type(e).__name__, e)
g = fa.clone().requires_grad_(True)
(g % 2).sum().backward()
print(g.grad, (g % 2).grad_fn.name(), torch.fmod(g, 2).grad_fn.name())
print(x.type(torch.int64), x.type("torch.LongTensor").dtype, x.long().type())
