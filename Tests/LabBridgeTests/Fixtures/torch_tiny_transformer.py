# A learner's tiny GPT: heads with a causal mask, a training loop with AdamW, clipping and a cosine schedule, sampling; then everyday checks.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(1337)
def probe(name, f):
    try:
        r = f()
        print(name, "->", r)
    except Exception as e:
        print(name, "!!", type(e).__name__, str(e).split("\n")[0][:150])

class Head(nn.Module):
    def __init__(self, n_embd, head_size, block_size):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer("tril", torch.tril(torch.ones(block_size, block_size)))
    def forward(self, x):
        B, T, C = x.shape
        k, q = self.key(x), self.query(x)
        wei = q @ k.transpose(-2, -1) * k.shape[-1] ** -0.5
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float("-inf"))
        wei = F.softmax(wei, dim=-1)
        return wei @ self.value(x)

class Model(nn.Module):
    def __init__(self, vocab=11, n_embd=8, block=6):
        super().__init__()
        self.tok = nn.Embedding(vocab, n_embd)
        self.pos = nn.Embedding(block, n_embd)
        self.heads = nn.ModuleList([Head(n_embd, n_embd // 2, block) for _ in range(2)])
        self.ln = nn.LayerNorm(n_embd)
        self.head = nn.Linear(n_embd, vocab)
        self.apply(self._init)
    def _init(self, m):
        if isinstance(m, nn.Linear):
            torch.nn.init.normal_(m.weight, mean=0.0, std=0.02)
            if m.bias is not None:
                torch.nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            torch.nn.init.normal_(m.weight, mean=0.0, std=0.02)
    def forward(self, idx, targets=None):
        B, T = idx.shape
        x = self.tok(idx) + self.pos(torch.arange(T, device="cpu"))
        x = torch.cat([h(x) for h in self.heads], dim=-1)
        logits = self.head(self.ln(x))
        if targets is None:
            return logits, None
        B, T, C = logits.shape
        return logits, F.cross_entropy(logits.view(B * T, C), targets.view(B * T))

m = Model()
print(m)
print(sum(p.numel() for p in m.parameters()), list(m.state_dict().keys())[:4])
data = torch.tensor([i % 11 for i in range(60)], dtype=torch.long)
ix = torch.randint(len(data) - 6, (4,))
xb = torch.stack([data[i:i + 6] for i in ix]); yb = torch.stack([data[i + 1:i + 7] for i in ix])
print(ix, xb[0], yb[0])
opt = torch.optim.AdamW(m.parameters(), lr=1e-2)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5)
for step in range(5):
    logits, loss = m(xb, yb)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0)
    opt.step(); sched.step()
    print(step, f"{loss.item():.4f}", f"{norm:.4f}", sched.get_last_lr())
@torch.no_grad()
def generate(idx, n):
    for _ in range(n):
        logits, _ = m(idx[:, -6:])
        probs = F.softmax(logits[:, -1, :], dim=-1)
        idx_next = torch.multinomial(probs, num_samples=1)
        idx = torch.cat((idx, idx_next), dim=1)
    return idx
probe("generate", lambda: generate(torch.zeros((1, 1), dtype=torch.long), 8)[0].tolist())
probe("acc", lambda: (m(xb)[0].argmax(-1) == yb).float().mean().item())
probe("acc2", lambda: (m(xb)[0].argmax(dim=-1) == yb).sum().item() / yb.numel())
w = nn.Parameter(torch.tensor([1.0, -2.0]))
(w ** 2).sum().backward()
def sgd():
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    return w, w.grad
probe("manual sgd", sgd)
probe("tie weights", lambda: (lambda e, l: (setattr(l, "weight", e.weight), l.weight is e.weight)[1])(nn.Embedding(5, 3), nn.Linear(3, 5, bias=False)))
probe("x[..., None]", lambda: torch.ones(2, 3)[..., None].shape)
probe("x[:, -1, :]", lambda: torch.arange(24).view(2, 3, 4)[:, -1, :])
probe("masked_fill_", lambda: torch.zeros(2, 2).masked_fill_(torch.tensor([[True, False], [False, True]]), -1.0))
probe("mT", lambda: torch.ones(2, 3, 4).mT.shape)
probe("einsum bij", lambda: torch.einsum("bij,bjk->bik", torch.ones(2, 2, 3), torch.ones(2, 3, 1))[0])
probe("pad", lambda: F.pad(torch.ones(2, 2), (1, 0), value=0.5))
probe("dropout train", lambda: nn.Dropout(0.5)(torch.ones(8)))
probe("to cpu long", lambda: torch.tensor([1.7, -1.7]).to("cpu").long())
probe("format tensor", lambda: f"{torch.tensor(3.14159):.2f}")
probe("std mean keepdim", lambda: (torch.arange(6.0).view(2, 3).std(-1), torch.arange(6.0).view(2, 3).mean(-1, keepdim=True)))
probe("gelu module", lambda: nn.GELU()(torch.tensor([1.0, -1.0])))
probe("Sequential star", lambda: nn.Sequential(*[nn.Linear(2, 2) for _ in range(2)]))
probe("state_dict tril buffer", lambda: list(Head(4, 2, 3).state_dict().keys()))
probe("argmax keepdim", lambda: torch.tensor([[1, 3, 2]]).argmax(dim=1, keepdim=True))
probe("item int", lambda: torch.tensor([5]).item())
probe("bool sum", lambda: torch.tensor([True, False, True]).sum())
probe("float mean bool", lambda: torch.tensor([True, False]).float().mean())
probe("half model forward", lambda: Model().half()(xb)[0].dtype)
probe("bf16 autocast-like", lambda: (torch.ones(2, 2).bfloat16() @ torch.ones(2, 2).bfloat16()).float())
probe("p -= in place keeps identity", lambda: (lambda p: (torch.no_grad().__class__, id(p) == id(p)))(w)[1])
probe("named_parameters", lambda: [n for n, _ in Head(4, 2, 3).named_parameters()])
probe("requires_grad_ False", lambda: [p.requires_grad for p in nn.Linear(2, 2).requires_grad_(False).parameters()])
probe("cross_entropy label_smoothing", lambda: F.cross_entropy(torch.tensor([[2.0, 0.5, 0.1]]), torch.tensor([0]), label_smoothing=0.1))
probe("int div", lambda: torch.tensor([7, 8]) / 2)
probe("int true div dtype", lambda: (torch.tensor([7]) / torch.tensor([2])).dtype)
probe("repeat_interleave", lambda: torch.tensor([1, 2]).repeat_interleave(2))
probe("sum of list tensors", lambda: sum([torch.tensor(1.0), torch.tensor(2.0)]))
probe("max item", lambda: torch.tensor([1.0, 7.0]).max().item())
probe("sorted idx", lambda: torch.argsort(torch.tensor([3.0, 1.0, 2.0]), descending=True))
