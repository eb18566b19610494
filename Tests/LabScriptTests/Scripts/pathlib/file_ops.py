from pathlib import Path

base = Path("pathlib_tmp")
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
(base / "a.txt").write_text("alpha\nbeta\n")
print((base / "a.txt").read_text().splitlines(), (base / "a.txt").write_text("gamma"), (base / "a.txt").read_text())
print((base / "b.bin").write_bytes(b"\x00\xffxyz"), (base / "b.bin").read_bytes())
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
(base / "sub" / "n.txt").write_text("n")
(base / "sub" / "deep" / "m.txt").write_text("m")
(base / ".hidden").write_text("h")
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob("*.txt")), sorted(str(p) for p in base.glob("*")))
print(sorted(str(p) for p in base.rglob("*.txt")), sorted(str(p) for p in base.glob("**/*.txt")))
print(sorted(str(p) for p in base.glob("s?b/*")), sorted(str(p) for p in base.glob("[ab].*")))
with (base / "c.txt").open("w") as f:
    f.write("one\ntwo\n")
with (base / "c.txt").open() as f:
    print([line.strip() for line in f])
print(base.resolve() == Path.cwd() / "pathlib_tmp", base.absolute().name, base.resolve().is_absolute())
errors = [
    lambda: (base / "missing.txt").read_text(),
    lambda: base.mkdir(),
    lambda: (base / "x" / "y").mkdir(),
    lambda: (base / "sub").unlink(),
    lambda: (base / "sub").rmdir(),
    lambda: (base / "nope").unlink(),
    lambda: (base / "sub").read_text(),
]
for fn in errors:
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e)
(base / "nope").unlink(missing_ok=True)
for p in sorted(base.rglob("*"), key=lambda q: len(q.parts), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
