# rmtree removes exactly the tree it is given: links inside are unlinked, never followed, and a
# link at the top is refused. Everything outside the tree is checked afterwards.
import os
import shutil
import tempfile
from pathlib import Path

base = tempfile.mkdtemp(prefix="rmtree_")

def rel(p):
    return p.replace(base, "BASE")

def snapshot(root, prefix=""):
    out = []
    for name in sorted(os.listdir(root)):
        p = os.path.join(root, name)
        if os.path.islink(p):
            out.append(prefix + name + " -> " + rel(os.readlink(p)))
        elif os.path.isdir(p):
            out.append(prefix + name + "/")
            out += snapshot(p, prefix + name + "/")
        else:
            with open(p) as f:
                out.append(prefix + name + "=" + f.read())
    return out

def write(path, text):
    with open(path, "w") as f:
        f.write(text)

# Precious data outside the tree.
outside = os.path.join(base, "outside")
os.makedirs(os.path.join(outside, "nested"))
write(os.path.join(outside, "keep.txt"), "precious")
write(os.path.join(outside, "nested", "deep.txt"), "also precious")

# The tree: files, nested folders, and links pointing out of it.
tree = os.path.join(base, "tree")
os.makedirs(os.path.join(tree, "a", "b", "c"))
write(os.path.join(tree, "top.txt"), "1")
write(os.path.join(tree, "a", "mid.txt"), "2")
write(os.path.join(tree, "a", "b", "c", "leaf.txt"), "3")
os.symlink(outside, os.path.join(tree, "link_to_outside_dir"))
os.symlink(os.path.join(outside, "keep.txt"), os.path.join(tree, "a", "link_to_outside_file"))
os.symlink(os.path.join(base, "missing"), os.path.join(tree, "a", "b", "dangling"))
os.symlink("..", os.path.join(tree, "a", "b", "c", "up"))
print(snapshot(base))

shutil.rmtree(tree)
print(os.path.exists(tree), os.path.lexists(tree))
print(snapshot(base))

# A symbolic link as the root: refused, and neither the link nor its target is touched.
root_link = os.path.join(base, "root_link")
os.symlink(outside, root_link)
try:
    shutil.rmtree(root_link)
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
print(os.path.islink(root_link), snapshot(outside))

shutil.rmtree(root_link, ignore_errors=True)
print(os.path.islink(root_link), snapshot(outside))

calls = []
def record(func, path, exc_info):
    calls.append((func.__name__, rel(path), exc_info[0].__name__, rel(str(exc_info[1])), exc_info[1] is not None))
shutil.rmtree(root_link, onerror=record)
print(calls)
print(os.path.islink(root_link), snapshot(outside))

# A link to a file at the top is refused too.
file_link = os.path.join(base, "file_link")
os.symlink(os.path.join(outside, "keep.txt"), file_link)
try:
    shutil.rmtree(file_link)
except OSError as e:
    print(type(e).__name__, e)
print(snapshot(outside))

# A dangling link at the top: os.open fails.
dangling = os.path.join(base, "dangling_root")
os.symlink(os.path.join(base, "nothing_here"), dangling)
calls.clear()
shutil.rmtree(dangling, onerror=record)
print(calls, os.path.lexists(dangling))

# A path that does not exist.
try:
    shutil.rmtree(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, rel(e.filename))
calls.clear()
shutil.rmtree(os.path.join(base, "nope"), onerror=record)
print(calls)
shutil.rmtree(os.path.join(base, "nope"), ignore_errors=True)
shutil.rmtree(os.path.join(base, "nope"), True, record)
print(len(calls))

# A regular file is not a tree: scandir fails, then rmdir, and the file stays.
plain = os.path.join(base, "plain.txt")
write(plain, "not a dir")
try:
    shutil.rmtree(plain)
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, rel(e.filename))
calls.clear()
shutil.rmtree(plain, onerror=record)
print(calls, os.path.isfile(plain))

# pathlib paths, an empty folder, and a deep one.
empty = Path(base) / "empty"
empty.mkdir()
shutil.rmtree(empty)
print(empty.exists())
deep = os.path.join(base, "deep")
os.makedirs(os.path.join(deep, *["d%d" % i for i in range(40)]))
write(os.path.join(deep, *["d%d" % i for i in range(40)], "x.txt"), "x")
shutil.rmtree(deep)
print(os.path.exists(deep))

# onerror's return lets removal go on; an exception from it stops rmtree.
def stop(func, path, exc_info):
    raise RuntimeError("stopped at " + func.__name__)
try:
    shutil.rmtree(root_link, onerror=stop)
except RuntimeError as e:
    print(e)
try:
    shutil.rmtree(42)
except TypeError as e:
    print(e)
try:
    shutil.rmtree(tree, onexc=record)
except TypeError as e:
    print(e)

print(snapshot(base))
os.remove(root_link)
os.remove(file_link)
os.remove(dangling)
shutil.rmtree(base)
print(os.path.exists(base))
