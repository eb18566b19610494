import torch
import torch.nn as nn
import torch.nn.functional as F


def grid(*shape, scale=0.1, shift=0.0):
    n = 1
    for s in shape:
        n *= s
    return (torch.arange(n, dtype=torch.float32).reshape(*shape) * scale + shift).sin()


# einsum: values of the common patterns
a, b = grid(2, 3), grid(3, 4, shift=1.0)
q, k = grid(2, 2, 3, 4), grid(2, 2, 5, 4, shift=0.5)
sq = grid(3, 3, shift=2.0)
print(torch.einsum("ij,jk->ik", a, b))
print(torch.einsum("ij,jk", [a, b]))
print(torch.einsum("bij,bjk->bik", grid(2, 2, 3), grid(2, 3, 2, shift=0.3)))
print(torch.einsum("ij->ji", a))
print(torch.einsum("ba", a).shape)
print(torch.einsum("i,j->ij", grid(3), grid(2, shift=1.0)))
print(torch.einsum("ii", sq), torch.einsum("ii->i", sq), torch.einsum("ii->", sq))
print(torch.einsum("ij->", a), torch.einsum("ij->j", a), torch.einsum("ij->i", a))
print(torch.einsum("bhqd,bhkd->bhqk", q, k).shape)
print(torch.einsum("bhqd,bhkd->bhqk", q, k)[1, 0])
print(torch.einsum("...ij,...jk->...ik", grid(2, 2, 3), b).shape, torch.einsum("...ij,...jk->...ik", grid(2, 2, 3), b)[1])
print(torch.einsum("...i,...i->...", grid(4, 2, 3), grid(2, 3, shift=1.0)))
print(torch.einsum("b...,b...->b", grid(2, 3, 2), grid(2, 3, 2, shift=0.7)))
print(torch.einsum("i j , j k -> i k", a, b).shape)
print(torch.einsum("ij,kj->ik", a, grid(5, 3)).shape, torch.einsum("ij,ij->ij", a, a.cos()))
print(torch.einsum("ij,jk,kl->il", a, b, grid(4, 2, shift=3.0)))
print(torch.einsum("bi,i->b", grid(3, 1), grid(4)))
print(torch.einsum("ijk,ikl->", grid(2, 3, 4), grid(2, 4, 2)))

# einsum: gradients
x = grid(2, 3).requires_grad_()
y = grid(3, 4, shift=1.0).requires_grad_()
z = torch.einsum("ij,jk->ik", x, y)
(z * grid(2, 4, shift=0.2)).sum().backward()
print(x.grad)
print(y.grad)
m = grid(3, 3).requires_grad_()
torch.einsum("ii->", m).backward()
print(m.grad)
u, v = grid(2, 2, 3, 4).requires_grad_(), grid(2, 2, 5, 4, shift=0.5).requires_grad_()
torch.einsum("bhqd,bhkd->bhqk", u, v).pow(2).sum().backward()
print(u.grad[0, 1], v.grad[1, 0, 2])

for eq, ops in [("ij->ii", (a,)), ("ij->k", (a,)), ("ij,jk->ik", (a,)), ("ijk->i", (a,)), ("ii->i", (a,)),
                ("i1->i", (a,)), ("i.j->", (a,)), ("ij,jk->ik", (a, grid(2, 4)))]:
    try:
        torch.einsum(eq, *ops)
    except RuntimeError as e:
        print("RuntimeError", e)

# scatter, scatter_add, index_add
base = torch.zeros(3, 5)
index = torch.tensor([[0, 1, 2, 0, 0], [2, 0, 0, 1, 2]])
src = torch.arange(1, 11, dtype=torch.float32).reshape(2, 5)
print(base.scatter(0, index, src))
print(torch.scatter(base, 0, index, src))
print(base.scatter(1, torch.tensor([[4, 3], [0, 1], [2, 2]]), 7.5))
print(base.scatter_add(0, index, src))
print(torch.scatter_add(base, 1, torch.tensor([[0, 0, 1], [4, 4, 4], [2, 1, 0]]), grid(3, 3)))
t = torch.ones(3, 5)
print(t.scatter_(0, index, src) is t, t)
t.scatter_add_(1, torch.tensor([[0, 0], [1, 1], [2, 2]]), torch.ones(3, 2))
print(t)
print(torch.zeros(2, 4, dtype=torch.long).scatter_(1, torch.tensor([[1, 3], [0, 2]]), torch.tensor([[5, 6], [7, 8]])))
print(torch.zeros(2, 3, dtype=torch.long).scatter(1, torch.tensor([[2], [0]]), 9))
acc = torch.ones(4, 3)
acc.index_add_(0, torch.tensor([0, 2, 0]), grid(3, 3), alpha=2.0)
print(acc)
print(torch.zeros(2, 4).index_add(1, torch.tensor([3, 3, 1]), torch.ones(2, 3)))
w = grid(3, 5).requires_grad_()
s = src.clone().requires_grad_()
out = w.scatter(0, index, s)
(out * grid(3, 5, shift=1.0)).sum().backward()
print(w.grad)
print(s.grad)
w2, s2 = grid(3, 5).requires_grad_(), src.clone().requires_grad_()
(w2.scatter_add(0, index, s2) * grid(3, 5, shift=1.0)).sum().backward()
print(w2.grad, s2.grad, sep="\n")
for f in [lambda: base.scatter(0, torch.tensor([[0, 1, 2, 0, 0, 1]]), torch.ones(1, 6)),
          lambda: base.scatter(1, torch.tensor([[0, 5]]), torch.ones(1, 2)),
          lambda: base.scatter(1, torch.tensor([0, 1]), torch.ones(1, 2)),
          lambda: base.scatter(1, torch.tensor([[0.0, 1.0]]), torch.ones(1, 2)),
          lambda: base.scatter_add(1, torch.tensor([[0, 1]]), torch.ones(1, 2, dtype=torch.long)),
          lambda: base.index_add(0, torch.tensor([1, 1]), torch.ones(2, 2)),
          lambda: base.index_add(0, torch.tensor([1, 3]), torch.ones(2, 5)),
          lambda: base.scatter(1, torch.tensor([[-1, 0]]), torch.ones(1, 2))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)

# conv1d: values and gradients
x = grid(2, 4, 7).requires_grad_()
weight = grid(6, 2, 3, scale=0.3, shift=0.5).requires_grad_()
bias = torch.tensor([0.1, -0.2, 0.3, 0.0, 0.5, -0.5], requires_grad=True)
y = F.conv1d(x, weight, bias, groups=2)
print(y)
(y * grid(2, 6, 5, shift=0.4)).sum().backward()
print(x.grad[1])
print(weight.grad[3:5])
print(bias.grad)
for kw in [dict(stride=2), dict(padding=2), dict(padding="same"), dict(padding="valid"), dict(dilation=2, padding=1),
           dict(stride=3, padding=(1,), dilation=(2,)), dict(padding="same", dilation=2)]:
    print(kw, F.conv1d(x.detach(), weight, bias, groups=2, **kw)[0, 1])
even = grid(3, 4, 4)
print(F.conv1d(x.detach(), even, padding="same"))
print(F.conv1d(x.detach()[0], weight, groups=2).shape)
xs = grid(1, 4, 6).requires_grad_()
ws = grid(2, 4, 2, shift=1.0).requires_grad_()
F.conv1d(xs, ws, padding="same", dilation=3).pow(2).sum().backward()
print(xs.grad, ws.grad, sep="\n")
for f in [lambda: F.conv1d(x, grid(6, 3, 3)),
          lambda: F.conv1d(x, grid(5, 2, 3), groups=2),
          lambda: F.conv1d(x, weight, groups=2, stride=0),
          lambda: F.conv1d(x, weight, groups=2, dilation=0),
          lambda: F.conv1d(x, weight, groups=2, padding=-1),
          lambda: F.conv1d(x, weight, groups=2, padding="same", stride=2),
          lambda: F.conv1d(x, weight, groups=2, padding="full"),
          lambda: F.conv1d(x, grid(6, 2, 9), groups=2),
          lambda: F.conv1d(grid(4), weight, groups=2),
          lambda: F.conv1d(x, weight, bias=grid(5), groups=2),
          lambda: F.conv1d(torch.ones(1, 2, 5, dtype=torch.long), torch.ones(3, 2, 2)),
          lambda: F.conv1d(torch.ones(1, 2, 5), torch.ones(3, 2, 2, dtype=torch.long)),
          lambda: F.conv1d(torch.ones(1, 2, 5), torch.ones(3, 2, 2), torch.ones(3, dtype=torch.long))]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)

# nn.Conv1d: printing, parameters and a forward/backward pass
conv = nn.Conv1d(4, 6, 3, groups=2, padding="same", bias=False)
print(conv, [tuple(p.shape) for p in conv.parameters()])
print(nn.Conv1d(4, 6, 3), nn.Conv1d(4, 6, 3, stride=2, padding=1), nn.Conv1d(2, 2, 5, dilation=2), sep="\n")
layer = nn.Conv1d(4, 6, 3, stride=2, padding=1)
with torch.no_grad():
    layer.weight.copy_(grid(6, 4, 3, scale=0.2))
    layer.bias.copy_(grid(6, shift=0.3))
out = layer(x)
print(out.shape, out.grad_fn.name())
out.sum().backward()
print(layer.weight.grad[0], layer.bias.grad)
print(list(layer.state_dict().keys()), layer.kernel_size, layer.stride, layer.padding, layer.dilation, layer.groups)
for make in [lambda: nn.Conv1d(4, 6, 3, groups=3), lambda: nn.Conv1d(4, 6, 3, padding="same", stride=2),
             lambda: nn.Conv1d(4, 6, 3, padding="foo"), lambda: nn.Conv1d(4, 6, 3, groups=0), lambda: nn.Conv1d(4, 5, 3, groups=2)]:
    try:
        make()
    except ValueError as e:
        print("ValueError", str(e).split(", should")[0])  # the set of choices prints in hash order
