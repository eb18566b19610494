import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.ln = nn.LayerNorm(d)
        self.proj = nn.Linear(d, d, bias=False)
        self.register_buffer("mask", torch.tril(torch.ones(3, 3)))

    def forward(self, x):
        return x + self.proj(self.ln(x))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(5, 4, padding_idx=0)
        self.blocks = nn.ModuleList([Block(4) for _ in range(2)])
        self.heads = nn.ModuleDict({"cls": nn.Linear(4, 2), "reg": nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))})
        self.drop = nn.Dropout(0.0)
        self.scale = nn.Parameter(torch.tensor(2.0))

    def forward(self, ids):
        h = self.drop(self.emb(ids))
        for block in self.blocks:
            h = block(h)
        return self.heads["cls"](h) * self.scale


net = Net()
print(net)
print([name for name, _ in net.named_parameters()])
print([name for name, _ in net.named_buffers()])
print(list(net.state_dict().keys()))
print([name for name, _ in net.named_children()])
print(len(list(net.modules())), net.training, net.eval().training, net.blocks[0].training, net.train().training)
with torch.no_grad():
    for name, p in net.named_parameters():
        p.copy_(torch.arange(p.numel(), dtype=torch.float32).reshape(p.shape) / (p.numel() + 1) - 0.3)
print(net.emb.weight)
print(net.scale, net.scale.shape, net.scale.requires_grad, isinstance(net.scale, torch.Tensor))
ids = torch.tensor([[1, 2, 0], [4, 3, 1]])
out = net(ids)
print(out)
out.pow(2).mean().backward()
for name, p in net.named_parameters():
    print(name, p.grad)
net.zero_grad()
print(net.scale.grad)
sd = {k: v * 0 + 1 for k, v in net.state_dict().items()}
print(net.load_state_dict(sd))
print(net.blocks[1].proj.weight.sum(), net.blocks[0].mask)
try:
    net.load_state_dict({"scale": torch.ones(3)}, strict=True)
except RuntimeError as e:
    print(str(e).splitlines()[0])
try:
    net.scale = torch.ones(1)
except TypeError as e:
    print(e)
net.requires_grad_(False)
print(all(not p.requires_grad for p in net.parameters()))
seen = []
net.apply(lambda m: seen.append(type(m).__name__))
print(seen)
print(nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.GELU(approximate="tanh"), nn.Sigmoid(), nn.Softmax(dim=-1), nn.Identity()))
print(nn.CrossEntropyLoss(), nn.MSELoss(), nn.Embedding(10, 3), nn.LayerNorm((2, 3), eps=1e-6))

x = torch.tensor([[0.5, -1.0, 2.0, 0.0], [1.5, 0.25, -0.5, 3.0], [-2.0, 1.0, 0.5, -0.25]], requires_grad=True)
v, i = x.max(dim=1)
print(v, i, x.min(dim=0, keepdim=True))
s = x.sort(dim=1, descending=True)
print(s.values, s.indices, x.argsort(dim=0))
t = torch.topk(x, 2, dim=1)
print(t)
(t.values.sum() + s.values[:, 0].sum() * 2).backward()
print(x.grad)
x.grad = None
g = x.gather(1, torch.tensor([[0, 0], [3, 1], [2, 2]]))
(g * torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])).sum().backward()
print(g, x.grad)
x.grad = None
y = x.masked_fill(x > 1, -1.0).cumsum(dim=1).tril()
y.sum().backward()
print(y, x.grad)
x.grad = None
r = x[:2, :2].repeat(2, 3)
(r * torch.arange(24.0).reshape(4, 6)).sum().backward()
print(r.shape, x.grad)
x.grad = None
e = x.unsqueeze(0).expand(2, -1, -1)
print(e.shape, torch.bmm(e, e.transpose(1, 2)))
print(torch.isnan(torch.tensor([1.0, float("nan")])), torch.isinf(torch.tensor([float("inf"), 0.0])))
print(torch.eye(3), torch.linspace(0, 1, 5), torch.triu(torch.ones(2, 3), diagonal=1))
print(x.detach().split(3, dim=1), x.detach().chunk(2))
print(F.one_hot(torch.tensor([0, 2, 1])), F.one_hot(torch.tensor([1]), num_classes=4))
print(F.pad(torch.ones(2, 2), (1, 2)), F.pad(torch.ones(1, 2), (0, 0, 1, 0), value=5.0))

logits = torch.tensor([[1.0, 2.0, 0.5], [0.3, -0.2, 0.1], [2.0, 1.0, 0.0], [0.0, 0.0, 1.0]], requires_grad=True)
target = torch.tensor([1, -100, 0, 2])
for smoothing in (0.0, 0.1):
    for reduction in ("mean", "sum", "none"):
        loss = F.cross_entropy(logits, target, label_smoothing=smoothing, reduction=reduction)
        loss.sum().backward()
        print(smoothing, reduction, loss, logits.grad)
        logits.grad = None
soft = torch.tensor([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0], [0.0, 0.5, 0.5], [0.1, 0.1, 0.8]])
loss = F.cross_entropy(logits, soft)
loss.backward()
print(loss, logits.grad)
logits.grad = None
loss = F.nll_loss(F.log_softmax(logits, dim=1), target)
loss.backward()
print(loss, logits.grad)
logits.grad = None
loss = nn.CrossEntropyLoss(ignore_index=2)(logits, torch.tensor([1, 0, 2, 2]))
loss.backward()
print(loss, logits.grad)
logits.grad = None
p = torch.tensor([0.1, 0.8, 0.5, 0.999], requires_grad=True)
yb = torch.tensor([0.0, 1.0, 1.0, 0.0])
loss = F.binary_cross_entropy(p, yb)
loss.backward()
print(loss, p.grad)
p.grad = None
loss = F.binary_cross_entropy_with_logits(p * 10 - 5, yb, reduction="sum")
loss.backward()
print(loss, p.grad)
p.grad = None
loss = nn.MSELoss(reduction="sum")(p, yb)
loss.backward()
print(loss, p.grad)

q = torch.tensor([[[0.1, 0.2], [0.3, -0.1], [0.0, 0.5]]], requires_grad=True)
k = torch.tensor([[[0.4, -0.2], [0.1, 0.1], [-0.3, 0.2]]], requires_grad=True)
val = torch.tensor([[[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]]], requires_grad=True)
a = F.scaled_dot_product_attention(q, k, val, is_causal=True)
a.sum().backward()
print(a, q.grad, k.grad, val.grad)
mask = torch.tensor([[True, False, True], [True, True, False], [False, True, True]])
print(F.scaled_dot_product_attention(q, k, val, attn_mask=mask, scale=0.5))

w = torch.tensor([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0]], requires_grad=True)
b = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
h = F.linear(torch.tensor([[1.0, 2.0], [3.0, -1.0]]), w, b)
F.gelu(h).sum().backward()
print(h, w.grad, b.grad)
table = torch.tensor([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], requires_grad=True)
F.embedding(torch.tensor([[2, 0], [2, 1]]), table).sum().backward()
print(table.grad)

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
print(w)
with torch.no_grad():
    w.add_(1.0, alpha=2).mul_(0.5).clamp_(max=1.4)
print(w)
z = torch.zeros(2, 3)
z[0, 1:] = 5
z[z == 0] = -1
z[:, 0] += torch.tensor([10.0, 20.0])
print(z, z.fill_(3).zero_().add_(torch.ones(3)))

mha = nn.MultiheadAttention(4, 2, batch_first=True)
print(mha, [name for name, _ in mha.named_parameters()])
with torch.no_grad():
    for p in mha.parameters():
        p.copy_(torch.arange(p.numel(), dtype=torch.float32).reshape(p.shape).sin() / 2)
seq = torch.tensor([[[0.1, 0.2, 0.3, 0.4], [0.5, -0.6, 0.7, -0.8], [0.0, 1.0, 0.0, -1.0]]], requires_grad=True)
out, weights = mha(seq, seq, seq)
print(out, weights)
causal = torch.ones(3, 3, dtype=torch.bool).triu(1)
out, weights = mha(seq, seq, seq, attn_mask=causal, key_padding_mask=torch.tensor([[False, False, True]]), average_attn_weights=False)
out.sum().backward()
print(out, weights, seq.grad, mha.in_proj_weight.grad)
seq_first = nn.MultiheadAttention(4, 4, bias=False)
print(seq_first(seq.detach().transpose(0, 1), seq.detach().transpose(0, 1), seq.detach().transpose(0, 1), need_weights=False)[0].shape)
