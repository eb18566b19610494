import torch

# get_rng_state is PyTorch's 5056-byte layout: seed, position, the 624 words, the kept normal.
torch.manual_seed(0)
state = torch.get_rng_state()
print(state, state.dtype, state.shape)
print(state[:24].tolist(), state[24:32].tolist(), state[5016:].tolist())
torch.randn(1)
state = torch.get_rng_state()
print(state[:24].tolist(), state[5016:].tolist())
print(torch.randn(3), torch.rand(2))
torch.set_rng_state(state)
print(torch.randn(3), torch.rand(2))
torch.manual_seed(7)
torch.rand(700)
state = torch.get_rng_state()
print(state[:24].tolist(), sum(state.tolist()))
a = torch.randint(0, 100, (5,))
torch.random.set_rng_state(state)
print(a, torch.randint(0, 100, (5,)), torch.random.get_rng_state().equal(torch.get_rng_state()))

g = torch.Generator().manual_seed(3)
saved = g.get_state()
first = torch.rand(2, generator=g)
print(g.set_state(saved) is g, first, torch.rand(2, generator=g))

torch.manual_seed(1)
with torch.random.fork_rng() as inside:
    print(inside, torch.rand(2))
print(torch.rand(2))
torch.manual_seed(1)
with torch.random.fork_rng(enabled=False):
    torch.rand(1)
print(torch.rand(1))
torch.random.manual_seed(5)
print(torch.random.initial_seed(), torch.rand(1))

# uint8 tensors: creation, printing, wrapping arithmetic, promotion, conversion.
b = torch.tensor([1, 2, 255], dtype=torch.uint8)
print(b, b.dtype, b + 1, b * 2, b - 3, b + True, b.float(), b.sum(), b.max(), b.tolist(), b.long(), b[0], b[0].item())
print(b + torch.tensor([1, 2, 3]), b * torch.tensor(2), torch.tensor(2) + b, b / 2, b == 1, b.bool(), b.int() + b)
print(torch.tensor([-1, 2.7], dtype=torch.uint8), torch.tensor([300.0, -2.5, 1.7]).to(torch.uint8), torch.tensor([300, -1]).byte())
print(torch.zeros(3, dtype=torch.uint8), torch.ones(2, 2, dtype=torch.uint8), torch.tensor(5, dtype=torch.uint8) + 300)
print(torch.uint8, torch.uint8.is_floating_point, torch.tensor([True]) + torch.tensor([True]), torch.tensor([True]) * False)
x = torch.tensor([1, 2], dtype=torch.int32)
print(x + 1, x + torch.tensor([1, 2]), x * x)

for bad in [lambda: torch.set_rng_state(torch.zeros(10, dtype=torch.uint8)), lambda: torch.set_rng_state(torch.zeros(5056)),
            lambda: torch.set_rng_state([1, 2]), lambda: torch.set_rng_state(torch.zeros(5056, dtype=torch.uint8)),
            lambda: g.set_state(torch.zeros(3)), lambda: torch.tensor([300], dtype=torch.uint8),
            lambda: torch.tensor([2**40], dtype=torch.int32), lambda: torch.tensor([True]) - torch.tensor([False])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
