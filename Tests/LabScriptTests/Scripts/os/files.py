# os and os.path on real files: stat, walk (with pruning), scandir, rename, path-like arguments.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    os.makedirs(root / "a" / "b", exist_ok=True)
    os.makedirs(root / "skip" / "deep")
    os.mkdir(os.path.join(d, "c"))
    for rel, text in [("top.txt", "t"), ("a/one.txt", "11"), ("a/b/two.txt", "222"), ("skip/deep/x.txt", "x"), ("c/three.txt", "")]:
        with open(root / rel, "w") as f:
            f.write(text)
    os.symlink(root / "a", root / "link_to_a")
    print(sorted(os.listdir(root)), sorted(os.listdir(str(root / "a"))))
    st = os.stat(root / "a" / "b" / "two.txt")
    print(st.st_size, len(st), st[6], st.st_mtime == os.path.getmtime(root / "a/b/two.txt"), type(st.st_mtime).__name__,
          type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8], tuple(st)[6], os.path.getsize(root / "a/one.txt"))
    print(os.path.exists(root / "nope"), os.path.isdir(root / "link_to_a"), os.path.islink(root / "link_to_a"),
          os.path.isfile(root / "top.txt"), os.path.lexists(root / "link_to_a"), os.lstat(root / "link_to_a").st_size > 0)
    for top, dirs, files in os.walk(root):
        dirs[:] = [x for x in sorted(dirs) if x != "skip"]
        print(os.path.relpath(top, d), dirs, sorted(files))
        # Bottom-up, each directory comes after its subdirectories (CPython's sibling order is the
    # file system's, so only that is checked).
    order = [os.path.relpath(t, d) for t, _, _ in os.walk(d, topdown=False)]
    print(sorted(order), all(order.index(x) < order.index(os.path.dirname(x) or ".") for x in order if x != "."))
    print([os.path.relpath(t, d) for t, _, _ in os.walk(d, followlinks=True) if "link" in t])
    with os.scandir(root) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], repr(entries[0]))
    print(os.path.relpath(entries[0].path, d), os.fspath(entries[0]) == entries[0].path, entries[-1].stat().st_size)
    os.rename(root / "top.txt", root / "c" / "moved.txt")
    os.replace(str(root / "c" / "moved.txt"), root / "c" / "three.txt")
    print(sorted(os.listdir(root / "c")), (root / "c" / "three.txt").read_text())
    for bad in [lambda: os.stat(root / "missing"), lambda: os.rename(root / "missing", root / "x"),
                lambda: os.remove(root / "a"), lambda: os.rmdir(root / "a"), lambda: os.listdir(root / "top.txt"),
                lambda: os.mkdir(root / "a"), lambda: open(root / "missing.txt"), lambda: os.stat(3.5), lambda: os.listdir([]), lambda: os.remove(None)]:
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__, str(e).replace(d, "<tmp>"), getattr(e, "errno", None))
    print([os.path.relpath(t, d) for t, _, _ in os.walk(root / "missing")])
    errors = []
    list(os.walk(root / "missing", onerror=errors.append))
    print([type(e).__name__ for e in errors])
    print(sorted(os.listdir(root)), os.path.exists(root / "a" / "b" / "two.txt"))
