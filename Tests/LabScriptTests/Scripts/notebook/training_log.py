import math
import random
random.seed(7)
history = []
lr = 3e-4
loss = 2.5
for step in range(1, 11):
    loss = loss * 0.85 + random.uniform(-0.05, 0.05)
    acc = 1 - math.exp(-step / 4)
    history.append({"step": step, "loss": round(loss, 4), "acc": acc})
    if step % 2 == 0:
        print(f"step {step:3d} | loss {loss:.4f} | acc {acc:6.2%} | lr {lr:.1e}")
best = min(history, key=lambda h: h["loss"])
print("best:", best)
print("final accuracy: %.3f" % history[-1]["acc"])
losses = [h["loss"] for h in history]
print(losses)
print("improved" if losses[-1] < losses[0] else "worse", f"{(losses[0] - losses[-1]) / losses[0]:.1%}")
config = dict(model="t5-small", epochs=3, batch_size=16, lr=lr, warmup=0.1, tags=["rl", "ppo"])
for key, value in config.items():
    print(f"  {key:>12}: {value}")
print(config)
summary = {"mean_loss": sum(losses) / len(losses), "max_acc": max(h["acc"] for h in history)}
print({k: round(v, 3) for k, v in summary.items()})
rewards = [random.gauss(0, 1) for _ in range(5)]
mean = sum(rewards) / len(rewards)
std = math.sqrt(sum((r - mean) ** 2 for r in rewards) / len(rewards))
whitened = [(r - mean) / (std + 1e-8) for r in rewards]
print([f"{w:+.3f}" for w in whitened])
print(f"{'epoch':<8}{'loss':>10}{'acc':>8}")
print("-" * 26)
for e in range(3):
    print(f"{e:<8}{losses[e]:>10.4f}{history[e]['acc']:>8.3f}")
