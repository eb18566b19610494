import torch
from torch import nn
from torch.optim import SGD, Adam, AdamW
from torch.optim import lr_scheduler as S


def params():
    torch.manual_seed(0)
    return [nn.Parameter(torch.randn(2)), nn.Parameter(torch.randn(3))]


def groups(opt_class, **kw):
    a, b = params()
    return opt_class([{"params": [a]}, {"params": [b], "lr": 0.05}], lr=0.1, **kw)


def run(name, make, steps=12, opt_class=SGD, **kw):
    opt = groups(opt_class, **kw)
    sched = make(opt)
    print(name, sched.last_epoch, sched.get_last_lr())
    rows = []
    for _ in range(steps):
        opt.step()
        sched.step()
        row = [g["lr"] for g in opt.param_groups]
        assert row == sched.get_last_lr()
        rows.append(row)
    for r in rows:
        print(" ", r)
    print(" last_epoch", sched.last_epoch, type(sched).__name__)
    return opt, sched


run("StepLR", lambda o: S.StepLR(o, step_size=3, gamma=0.5))
run("MultiStepLR", lambda o: S.MultiStepLR(o, milestones=[2, 5, 5, 9], gamma=0.3))
run("ExponentialLR", lambda o: S.ExponentialLR(o, gamma=0.9))
run("LambdaLR", lambda o: S.LambdaLR(o, lambda e: 1.0 / (e + 1)))
run("LambdaLR list", lambda o: S.LambdaLR(o, [lambda e: 0.5 ** e, lambda e: e + 1]))
run("CosineAnnealingLR", lambda o: S.CosineAnnealingLR(o, T_max=5, eta_min=0.001), steps=22)
run("CosineAnnealingLR eta0", lambda o: S.CosineAnnealingLR(o, T_max=7), steps=16)
run("LinearLR", lambda o: S.LinearLR(o, start_factor=0.25, end_factor=0.9, total_iters=6))
run("LinearLR defaults", lambda o: S.LinearLR(o))
run("OneCycleLR", lambda o: S.OneCycleLR(o, max_lr=1.0, total_steps=20), steps=19)
opt, sched = run("OneCycleLR adam", lambda o: S.OneCycleLR(o, max_lr=[0.5, 0.2], total_steps=10), steps=9, opt_class=Adam)
print([g["betas"] for g in opt.param_groups])
opt, sched = run("OneCycleLR three linear", lambda o: S.OneCycleLR(o, max_lr=0.4, epochs=3, steps_per_epoch=5, pct_start=0.25,
                                          anneal_strategy="linear", three_phase=True, div_factor=10.0,
                                          final_div_factor=100.0, base_momentum=0.8, max_momentum=0.9), steps=14, momentum=0.9)
print([g["momentum"] for g in opt.param_groups])
opt, sched = run("OneCycleLR no momentum", lambda o: S.OneCycleLR(o, max_lr=0.3, total_steps=8, cycle_momentum=False), steps=7, opt_class=AdamW)
print([g["betas"] for g in opt.param_groups])
sched.step()
try:
    sched.step()
except ValueError as e:
    print("ValueError:", e)
print(sched.last_epoch)

# chained schedulers on one optimizer: each reads the lr the other set
opt = groups(SGD)
s1 = S.ExponentialLR(opt, gamma=0.9)
s2 = S.StepLR(opt, step_size=2, gamma=0.5)
for _ in range(6):
    opt.step()
    s1.step()
    s2.step()
    print("chained", [g["lr"] for g in opt.param_groups], s1.get_last_lr(), s2.get_last_lr())
opt = groups(SGD)
s1 = S.LinearLR(opt, start_factor=0.5, total_iters=3)
s2 = S.CosineAnnealingLR(opt, T_max=4)
for _ in range(6):
    opt.step()
    s1.step()
    s2.step()
    print("chained2", [g["lr"] for g in opt.param_groups])

# the lr set by hand is what the recursive forms scale
opt = groups(SGD)
s = S.ExponentialLR(opt, gamma=0.5)
opt.param_groups[0]["lr"] = 1.0
opt.step()
s.step()
print("by hand", s.get_last_lr())

# step(epoch) uses the closed form
opt = groups(SGD)
s = S.StepLR(opt, step_size=2, gamma=0.5)
s.step(5)
print("closed StepLR", s.last_epoch, s.get_last_lr())
opt = groups(SGD)
s = S.CosineAnnealingLR(opt, T_max=10)
s.step(3)
print("closed cosine", s.get_last_lr())
opt = groups(SGD)
s = S.MultiStepLR(opt, milestones=[1, 3, 3], gamma=0.5)
s.step(4)
print("closed multistep", s.get_last_lr())
opt = groups(SGD)
s = S.LinearLR(opt, total_iters=4)
s.step(2)
print("closed linear", s.get_last_lr())
opt = groups(SGD)
s = S.ExponentialLR(opt, gamma=0.5)
s.step(3)
print("closed exp", s.get_last_lr())

# state_dict and load_state_dict
opt = groups(SGD)
s = S.StepLR(opt, step_size=2, gamma=0.5)
for _ in range(3):
    opt.step()
    s.step()
print(s.state_dict())
opt2 = groups(SGD)
s2 = S.StepLR(opt2, step_size=7, gamma=0.1)
s2.load_state_dict(s.state_dict())
print(s2.last_epoch, s2.get_last_lr(), s2.step_size, s2.gamma, s2.base_lrs)
opt2.step()
s2.step()
print(s2.get_last_lr(), [g["lr"] for g in opt2.param_groups])
print(S.MultiStepLR(groups(SGD), milestones=[3, 1]).state_dict())
print(S.ExponentialLR(groups(SGD), gamma=0.5).state_dict())
print(S.CosineAnnealingLR(groups(SGD), T_max=3).state_dict())
print(S.LinearLR(groups(SGD)).state_dict())
print(S.LambdaLR(groups(SGD), lambda e: e).state_dict())
o = groups(SGD)
print(S.OneCycleLR(o, max_lr=0.1, total_steps=4).state_dict())
print({k: v for k, v in o.param_groups[1].items() if k != "params"})

# attributes, types and a LambdaLR from a list of functions
s = S.StepLR(groups(SGD), 4)
print(type(s).__name__, type(s).__module__, s.step_size, s.gamma, s.base_lrs, isinstance(s, S.StepLR))
print(S.CosineAnnealingLR(groups(SGD), 10).T_max, S.LinearLR(groups(SGD)).total_iters, S.MultiStepLR(groups(SGD), [4, 2]).milestones)
opt = SGD(params(), lr=1)
s = S.StepLR(opt, 2)
print(s.get_last_lr(), s.base_lrs, opt.param_groups[0]["initial_lr"])
for _ in range(2):
    opt.step()
    s.step()
print(s.get_last_lr())

# resuming: initial_lr is kept from the first scheduler
opt = groups(SGD)
s = S.ExponentialLR(opt, gamma=0.5)
opt.step()
s.step()
s2 = S.ExponentialLR(opt, gamma=0.5, last_epoch=1)
print(s2.base_lrs, s2.last_epoch, s2.get_last_lr())
opt.step()
s2.step()
print(s2.get_last_lr())

# errors
for make in [lambda: S.LambdaLR(groups(SGD), [lambda e: 1]),
             lambda: S.LinearLR(groups(SGD), start_factor=0),
             lambda: S.LinearLR(groups(SGD), end_factor=2),
             lambda: S.OneCycleLR(groups(SGD), max_lr=1.0),
             lambda: S.OneCycleLR(groups(SGD), max_lr=1.0, total_steps=0),
             lambda: S.OneCycleLR(groups(SGD), max_lr=1.0, total_steps=5, pct_start=1),
             lambda: S.OneCycleLR(groups(SGD), max_lr=1.0, total_steps=5, anneal_strategy="exp"),
             lambda: S.OneCycleLR(groups(SGD), max_lr=[1.0], total_steps=5),
             lambda: S.StepLR(groups(SGD), step_size=2, last_epoch=3),
             lambda: S.OneCycleLR(groups(SGD), max_lr=1.0, epochs=2),
             lambda: S.OneCycleLR(groups(SGD), max_lr=1.0, epochs=0, steps_per_epoch=3)]:
    try:
        make()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

s = S.StepLR(groups(SGD), step_size=0)
try:
    s.step()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    S.StepLR([1], 2)
except TypeError as e:
    print("TypeError", e)
