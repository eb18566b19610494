import torch

for d in [torch.float32, torch.float, torch.float16, torch.half, torch.bfloat16]:
    f = torch.finfo(d)
    print(f)
    print(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)
print(torch.finfo(), torch.finfo(torch.float) == torch.finfo(torch.float32), torch.finfo(torch.half) != torch.finfo(torch.float32))
for bad in [lambda: torch.finfo(torch.int64), lambda: torch.finfo(torch.bool)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
