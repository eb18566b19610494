import torch
# Powers and clamps of integer tensors stay exact integers, as in PyTorch.
i = torch.tensor([2, 3, -4])
print(i ** 2, i.pow(3), 2 ** torch.tensor([1, 2]) if False else "", i ** torch.tensor([0, 1, 2]), i.int() ** 2, i ** 0.5, i.float() ** 2)
print(i.clamp(0, 2), i.clamp(min=-1), i.clamp(max=2.5), torch.clamp(i.to(torch.uint8), 3, 200), torch.tensor([2], dtype=torch.uint8) ** 9)
try:
    print(i ** -1)
except Exception as e:
    print(type(e).__name__, e)
