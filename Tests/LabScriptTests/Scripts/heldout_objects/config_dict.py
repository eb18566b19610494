# A config dictionary subclass that records reads and has defaults.
class TrackedConfig(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reads = []

    def __getitem__(self, key):
        self.reads.append(key)
        return super().__getitem__(key)

    def __missing__(self, key):
        return f"<default {key}>"

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"config keys must be str, not {type(key).__name__}")
        super().__setitem__(key.lower(), value)


cfg = TrackedConfig(lr=0.01, epochs=3)
cfg["Batch"] = 32
print(cfg)
print(cfg["lr"], cfg["epochs"], cfg["batch"], cfg["missing"])
print(cfg.get("lr"), cfg.get("nope"), cfg.get("nope", 7))
print(cfg.reads)
try:
    cfg[3] = 4
except TypeError as e:
    print("TypeError:", e)
cfg.update({"Dropout": 0.1})
print(sorted(cfg), "Dropout" in cfg, "dropout" in cfg)
print(len(cfg), isinstance(cfg, dict), type(cfg).__name__)
print(dict(cfg) == cfg, cfg == {"lr": 0.01, "epochs": 3, "batch": 32, "Dropout": 0.1})
print(cfg.setdefault("seed", 0), cfg.pop("seed"))


class History(list):
    def append(self, item):
        super().append(round(item, 3))

    def __getitem__(self, index):
        value = super().__getitem__(index)
        if isinstance(index, slice):
            return History(value)
        return value

    def best(self):
        return min(self)


h = History()
for loss in [0.91234, 0.5, 0.333333, 0.41111]:
    h.append(loss)
print(h, h.best(), h[1], h[1:3], type(h[1:3]).__name__, h[-1])
h.extend([0.1234567])
print(h, len(h), sum(h) > 2)
print([x for x in h if x < 0.5])


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)


t = Celsius(21.5)
print(t, repr(t), t + 1, type(t + 1).__name__, t.to_f(), type(t.to_f()).__name__)
print(f"{t}", f"{t:.3f}", t > 20, round(t), int(t))
