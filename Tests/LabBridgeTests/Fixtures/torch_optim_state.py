import torch
torch.manual_seed(0)
w = torch.nn.Parameter(torch.tensor([[0.5, -1.0], [2.0, 0.25]]))
b = torch.nn.Parameter(torch.tensor([0.1, -0.2]))
for make in [lambda p: torch.optim.SGD(p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
             lambda p: torch.optim.Adam(p, lr=0.01), lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.1, amsgrad=False)]:
    opt = make([w, b])
    print(opt)
    print(opt.state_dict())
    for _ in range(2):
        opt.zero_grad()
        ((w @ b) ** 2).sum().backward()
        opt.step()
    sd = opt.state_dict()
    print(sd)
    print(sorted(sd.keys()), list(sd["state"].keys()), sorted(sd["param_groups"][0].keys()))
    opt2 = make([w, b])
    opt2.load_state_dict(sd)
    print(opt2.state_dict()["state"].get(0), opt2.param_groups[0]["lr"])
opt = torch.optim.Adam([{"params": [w], "lr": 0.1}, {"params": [b]}], lr=0.01)
print(opt)
print(opt.state_dict())
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
opt.step(); sched.step()
print(sched.state_dict())
# Resuming from a state dict continues as if uninterrupted.
def run(steps, resume_at=None):
    p = torch.nn.Parameter(torch.tensor([1.0, -2.0, 0.5]))
    opt = torch.optim.AdamW([p], lr=0.05, weight_decay=0.1)
    for i in range(steps):
        if i == resume_at:
            saved = opt.state_dict()
            opt = torch.optim.AdamW([p], lr=0.05, weight_decay=0.1)
            opt.load_state_dict(saved)
        opt.zero_grad()
        (p ** 3).sum().backward()
        opt.step()
    return p.detach()
print(run(5), torch.equal(run(5), run(5, resume_at=2)))
dw = torch.optim.Adam([torch.nn.Parameter(torch.ones(2))], lr=0.1, weight_decay=0.5, decoupled_weight_decay=True)
print(dw.param_groups[0]["decoupled_weight_decay"])
try:
    torch.optim.SGD([w], lr=0.1).load_state_dict({"state": {}, "param_groups": []})
except ValueError as e:
    print("ValueError:", e)
