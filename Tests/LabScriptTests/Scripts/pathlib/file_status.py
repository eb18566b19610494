# pathlib's status and renaming methods: stat, lstat, is_symlink, touch, rename, replace,
# symlink_to, readlink, samefile, resolve.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    f = base / "data.txt"
    f.write_text("hello")
    st = f.stat()
    print(st.st_size, st == os.stat(f), f.lstat().st_size, f.is_symlink())
    link = base / "link.txt"
    link.symlink_to(f)
    print(link.is_symlink(), link.exists(), link.read_text(), link.readlink() == f, link.samefile(f), link.resolve() == f.resolve())
    print(link.lstat().st_size != link.stat().st_size, link.stat().st_size)
    t = base / "new.txt"
    t.touch()
    t.touch()
    print(t.exists(), t.stat().st_size)
    try:
        t.touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    moved = f.rename(base / "moved.txt")
    print(type(moved).__name__, moved.name, f.exists(), moved.read_text(), link.exists(), link.is_symlink())
    replaced = moved.replace(t)
    print(replaced.name, t.read_text(), sorted(p.name for p in base.iterdir()))
    for bad in [lambda: (base / "missing").stat(), lambda: (base / "missing").rename(base / "x"),
                lambda: (base / "x").symlink_to(base / "new.txt") or (base / "x").symlink_to(base / "y")]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, str(e).replace(d, "<tmp>"))
    print((base / "nope" / ".." / "new.txt").resolve() == (base / "new.txt").resolve(), Path("~").expanduser() == Path.home())
