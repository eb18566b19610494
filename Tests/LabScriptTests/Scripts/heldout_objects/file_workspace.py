# Writing run artefacts into a workspace folder with pathlib, then reading them back.
from pathlib import Path
import json

root = Path("ws_artefacts")
runs = root / "runs"
runs.mkdir(parents=True, exist_ok=True)
print(root, repr(runs), runs.name, runs.parent, runs.parts)
for i, lr in enumerate([0.1, 0.01, 0.001]):
    run_dir = runs / f"run{i}"
    run_dir.mkdir(exist_ok=True)
    (run_dir / "config.json").write_text(json.dumps({"lr": lr, "id": i}))
    (run_dir / "loss.txt").write_text("\n".join(str(round(1 / (k + 1 + lr), 4)) for k in range(3)) + "\n")
print(sorted(p.name for p in runs.iterdir()))
configs = sorted(runs.glob("*/config.json"))
print([str(c) for c in configs])
for c in configs:
    cfg = json.loads(c.read_text())
    losses = [float(x) for x in (c.parent / "loss.txt").read_text().split()]
    print(c.parent.name, cfg["lr"], min(losses), c.suffix, c.stem)
print(sorted(str(p) for p in root.rglob("*.txt")))
p = runs / "run0" / "loss.txt"
print(p.with_suffix(".csv"), p.with_name("notes.md"), p.exists(), p.is_file(), p.is_dir(), p.parent.is_dir())
print(p.relative_to(root), list(p.parents)[:2], Path("a/b.tar.gz").suffixes)
try:
    (runs / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    runs.mkdir()
except FileExistsError as e:
    print("FileExistsError:", e)
with (root / "summary.txt").open("w") as f:
    f.write("best run: run2\n")
print((root / "summary.txt").read_text(), end="")
(root / "blob.bin").write_bytes(bytes([1, 2, 3]))
print((root / "blob.bin").read_bytes())
for f in sorted(root.rglob("*"), key=lambda q: len(q.parts), reverse=True):
    if f.is_file():
        f.unlink()
    else:
        f.rmdir()
root.rmdir()
print(root.exists())
