# mkstemp, NamedTemporaryFile and TemporaryFile in text modes: names, contents, deletion.
import os
import tempfile

ALPHABET = set("abcdefghijklmnopqrstuvwxyz0123456789_")
tmp = tempfile.gettempdir()

def check_name(path, prefix="tmp", suffix=""):
    base = os.path.basename(path)
    middle = base[len(prefix):len(base) - len(suffix)]
    return base.startswith(prefix) and base.endswith(suffix) and len(middle) == 8 and set(middle) <= ALPHABET

# mkstemp: a descriptor and an absolute path; the file is the caller's to remove.
fd, path = tempfile.mkstemp(suffix=".csv", prefix="data_")
print(type(fd).__name__, fd > 2, os.path.isabs(path), os.path.dirname(path) == tmp, check_name(path, "data_", ".csv"))
print(os.path.exists(path), os.path.getsize(path), os.access(path, os.R_OK))
with os.fdopen(fd, "w") as f:
    f.write("a,b\n1,2\n")
    print(f.name == fd, f.mode, f.closed)
print(f.closed)
with open(path) as f:
    print(f.read(), end="")
os.remove(path)

fd, path = tempfile.mkstemp()
os.close(fd)
print(check_name(path), os.path.getsize(path))
with open(path, "w") as f:
    f.write("reopened by name")
with open(path) as f:
    print(f.read())
os.unlink(path)
folder = tempfile.mkdtemp()
fd, inside = tempfile.mkstemp(dir=folder, text=True)
os.close(fd)
print(os.path.dirname(inside) == folder, sorted(os.listdir(folder)) == [os.path.basename(inside)])
os.remove(inside)
os.rmdir(folder)

# NamedTemporaryFile in a text mode: written, read back after seek(0), removed on close.
with tempfile.NamedTemporaryFile(mode="w+", suffix=".txt") as f:
    print(check_name(f.name, "tmp", ".txt"), os.path.exists(f.name), f.mode)
    f.write("line one\nline two\n")
    print(f.seek(0))
    print(f.readlines())
    f.seek(0, 2)
    f.write("line three\n")
    f.seek(0)
    print(f.read().splitlines())
    name = f.name
print(os.path.exists(name))

keep = tempfile.NamedTemporaryFile("w", delete=False, prefix="keep_", dir=tmp)
keep.write("kept after close")
keep.close()
print(check_name(keep.name, "keep_"), os.path.exists(keep.name))
with open(keep.name) as f:
    print(f.read())
os.remove(keep.name)

f = tempfile.NamedTemporaryFile(mode="w+")
name = f.name
f.write("x")
f.close()
print(os.path.exists(name), f.closed)

# TemporaryFile: no name on disk; its name is the descriptor.
with tempfile.TemporaryFile("w+") as t:
    print(type(t.name).__name__, t.name > 2)
    t.write("scratch\n" * 3)
    t.seek(0)
    print(t.read().count("scratch"))
for bad in (lambda: f.seek(0), lambda: tempfile.NamedTemporaryFile("w+").seek(3, 1), lambda: tempfile.NamedTemporaryFile("w+").seek(2, 2)):
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
