# A notebook that writes results into a scratch directory, then checks it is gone.
import os
import tempfile
from pathlib import Path

ALPHABET = set("abcdefghijklmnopqrstuvwxyz0123456789_")

def check_name(path, prefix="tmp", suffix=""):
    base = os.path.basename(path)
    middle = base[len(prefix):len(base) - len(suffix)]
    return base.startswith(prefix) and base.endswith(suffix) and len(middle) == 8 and set(middle) <= ALPHABET

tmp = tempfile.gettempdir()
print(type(tmp).__name__, os.path.isdir(tmp), tmp.startswith("/"), tmp.endswith("/"))
print(tempfile.gettempprefix())

with tempfile.TemporaryDirectory() as d:
    print(type(d).__name__, os.path.dirname(d) == tmp, check_name(d))
    with open(os.path.join(d, "metrics.csv"), "w") as f:
        f.write("epoch,loss\n1,0.5\n")
    os.makedirs(os.path.join(d, "ckpt", "step_1"))
    (Path(d) / "ckpt" / "step_1" / "weights.txt").write_text("w")
    print(sorted(os.listdir(d)))
    print(Path(d, "metrics.csv").read_text(), end="")
    saved = d
print(os.path.exists(saved))

t = tempfile.TemporaryDirectory(prefix="run_", suffix="_x")
print(type(t).__name__, isinstance(t, tempfile.TemporaryDirectory))
print(check_name(t.name, "run_", "_x"), os.path.isdir(t.name))
print(repr(t) == "<TemporaryDirectory %r>" % t.name)
with open(os.path.join(t.name, "a.txt"), "w") as f:
    f.write("x")
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
print("second cleanup ok")

outer = tempfile.mkdtemp()
print(check_name(outer), os.path.isdir(outer), os.path.dirname(outer) == tmp)
inner = tempfile.TemporaryDirectory(dir=outer)
print(os.path.dirname(inner.name) == outer)
keep = os.path.join(outer, "keep.txt")
with open(keep, "w") as f:
    f.write("stay")
inner.cleanup()
print(os.path.exists(inner.name), os.path.exists(keep), sorted(os.listdir(outer)))

sub = tempfile.mkdtemp(prefix="p", suffix=".d", dir=Path(outer))
print(type(sub).__name__, check_name(sub, "p", ".d"), os.path.dirname(sub) == outer)
names = {tempfile.mkdtemp(dir=outer) for _ in range(5)}
print(len(names))
for n in names | {sub}:
    os.rmdir(n)
os.remove(keep)
os.rmdir(outer)
print(os.path.exists(outer))

import random
random.seed(3)
a = [random.random() for _ in range(3)]
random.seed(3)
os.rmdir(tempfile.mkdtemp(dir=tmp))
with tempfile.TemporaryDirectory():
    pass
b = [random.random() for _ in range(3)]
print(a == b, a)
