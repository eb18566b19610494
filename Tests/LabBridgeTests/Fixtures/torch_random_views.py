import torch
import torch.nn as nn

# In-place random fills of views draw the elements in the order they lie in memory.
torch.manual_seed(0)
w = torch.empty(4, 5).t()
print(w.normal_())
print(torch.empty(6, 4)[:, ::2].normal_(1.0, 0.5))
print(torch.empty(3, 8).t().uniform_(-1, 1))
print(torch.empty(2, 3, 4).permute(2, 0, 1).normal_())
print(torch.empty(20, 2)[:, 0].normal_())
print(torch.randn(3))
w = torch.empty(3, 6).t()
nn.init.xavier_uniform_(w)
print(w)
nn.init.normal_(w, std=0.02)
print(w)
print(torch.empty(5, 4)[1:3].normal_())
try:
    torch.zeros(3, 1).expand(3, 4).normal_()
except RuntimeError as e:
    print("RuntimeError", e)
print(torch.t(torch.arange(6).reshape(2, 3)), torch.arange(3).t())
try:
    torch.zeros(2, 2, 2).t()
except RuntimeError as e:
    print("RuntimeError", e)
