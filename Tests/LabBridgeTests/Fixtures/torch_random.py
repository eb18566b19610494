import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# A lab's first layer after manual_seed has PyTorch's exact weights.
torch.manual_seed(0)
layer = nn.Linear(4, 3)
print(layer.weight)
print(layer.bias)
print(torch.initial_seed())

torch.manual_seed(42)
print(torch.randn(3))
print(torch.randn(2, 3))
print(torch.rand(2, 2))
print(torch.randn(20)[15:])
print(torch.randint(0, 10, (8,)))
print(torch.randint(5, (2, 3)))
print(torch.randperm(7))
print(torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 2))
print(torch.multinomial(torch.tensor([[1.0, 3.0], [2.0, 2.0]]), 4, replacement=True))
print(torch.normal(1.0, 0.5, size=(2, 2)))
print(F.dropout(torch.ones(2, 5), p=0.4))

torch.manual_seed(1)
emb = nn.Embedding(4, 3)
print(emb.weight)
conv = nn.Conv1d(2, 3, kernel_size=2)
print(conv.weight)
print(conv.bias)
w = torch.empty(3, 5)
nn.init.xavier_uniform_(w)
print(w)
nn.init.kaiming_normal_(w, nonlinearity="relu")
print(w)
print(w.normal_(0.0, 0.02))
print(w.uniform_(-1, 1))
drop = nn.Dropout(0.25)
print(drop(torch.arange(8.0)))
drop.eval()
print(drop(torch.arange(3.0)))

g = torch.Generator().manual_seed(7)
print(torch.randn(3, generator=g))
print(torch.rand(2, generator=g))
print(torch.randint(0, 100, (3,), generator=g))
print(g.initial_seed())
print(torch.Generator().initial_seed())

# Seeds take 64 bits; negative ones wrap.
torch.manual_seed(2**63 + 5)
print(torch.rand(2), torch.initial_seed())
torch.manual_seed(-1)
print(torch.rand(2), torch.initial_seed())

for bad in [lambda: torch.randn(2, dtype=torch.long), lambda: torch.rand(2, dtype=torch.long),
            lambda: torch.empty(2).normal_(0, -1.0), lambda: torch.empty(2).uniform_(0.5, 0.25),
            lambda: torch.randint(3, 3, (2,)), lambda: torch.manual_seed(2**64)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
