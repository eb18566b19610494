from collections import defaultdict, Counter
import json, math, random
random.seed(2024)
class Inventory:
    def __init__(self):
        self.items = defaultdict(int)
        self.log = []
    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError(f"bad quantity: {qty}")
        self.items[name] += qty
        self.log.append(("add", name, qty))
    def remove(self, name, qty=1):
        if self.items.get(name, 0) < qty:
            raise KeyError(name)
        self.items[name] -= qty
        if not self.items[name]:
            del self.items[name]
        self.log.append(("remove", name, qty))
    def __len__(self):
        return sum(self.items.values())
    def __repr__(self):
        return f"Inventory({dict(sorted(self.items.items()))})"
inv = Inventory()
for _ in range(20):
    item = random.choice(["apple", "pear", "fig", "kiwi"])
    try:
        if random.random() < 0.6:
            inv.add(item, random.randint(1, 3))
        else:
            inv.remove(item, random.randint(1, 2))
    except KeyError as e:
        print("cannot remove", e)
print(inv, len(inv))
print(Counter(op for op, *_ in inv.log))
print(json.dumps({"inventory": inv.items, "total": len(inv)}, sort_keys=True))
scores = {name: round(random.gauss(70, 10), 1) for name in ["ann", "bob", "cy", "dee"]}
ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, score) in enumerate(ranked, 1):
    grade = "A" if score >= 80 else "B" if score >= 70 else "C"
    print(f"{rank}. {name:<5} {score:5.1f} {grade} {'*' * int(score // 10)}")
mean = sum(scores.values()) / len(scores)
sd = math.sqrt(sum((s - mean) ** 2 for s in scores.values()) / len(scores))
print(f"mean={mean:.2f} sd={sd:.3f} z={[round((s - mean) / sd, 2) for s in scores.values()]}")
matrix = [[random.randint(0, 9) for _ in range(4)] for _ in range(3)]
print(matrix, [sum(r) for r in matrix], [max(c) for c in zip(*matrix)])
print("\n".join(" ".join(f"{v:2d}" for v in row) for row in matrix))
