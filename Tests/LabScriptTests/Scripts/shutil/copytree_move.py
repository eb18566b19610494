# copytree (ignore=, ignore_patterns, symlinks, dangling links, dirs_exist_ok, copy_function),
# move (files, folders, into folders, errors) and disk_usage, on real trees in a scratch folder.
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="tree_")

def rel(p):
    return str(p).replace(base, "BASE")

def write(p, text):
    with open(p, "w") as f:
        f.write(text)

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

project = os.path.join(base, "project")
os.makedirs(os.path.join(project, "src", "pkg"))
os.makedirs(os.path.join(project, "__pycache__"))
os.makedirs(os.path.join(project, "data"))
write(os.path.join(project, "README.md"), "# demo")
write(os.path.join(project, "src", "main.py"), "print(1)")
write(os.path.join(project, "src", "main.pyc"), "bytecode")
write(os.path.join(project, "src", "pkg", "util.py"), "x = 2")
write(os.path.join(project, "__pycache__", "main.cpython-311.pyc"), "cache")
write(os.path.join(project, "data", "tmp_scratch.txt"), "scratch")
write(os.path.join(project, "data", "train.csv"), "a,b\n1,2\n")
os.symlink("train.csv", os.path.join(project, "data", "latest.csv"))
os.symlink(os.path.join(project, "src"), os.path.join(project, "code"))
print(snapshot(project))

# Links followed: their targets' contents are copied.
copy1 = shutil.copytree(project, os.path.join(base, "copy1"))
print(rel(copy1))
print(snapshot(copy1))

# Links kept as links, and names left out with ignore_patterns.
copy2 = shutil.copytree(project, os.path.join(base, "copy2"), symlinks=True,
                        ignore=shutil.ignore_patterns("*.pyc", "tmp*", "__pycache__"))
print(snapshot(copy2))
print(sorted(shutil.ignore_patterns("*.py", "R*")("x", ["a.py", "README.md", "b.txt", "c.py"])))

# A custom ignore function sees each folder and its names.
seen = []
def skip_data(path, names):
    seen.append((rel(path), sorted(names)))
    return ["data"] if "data" in names else []
shutil.copytree(project, os.path.join(base, "copy3"), ignore=skip_data, symlinks=True)
print(sorted(seen))
print(snapshot(os.path.join(base, "copy3")))

# The destination must not exist, unless dirs_exist_ok.
try:
    shutil.copytree(project, copy1)
except FileExistsError as e:
    print(type(e).__name__, rel(e))
write(os.path.join(copy1, "README.md"), "changed")
write(os.path.join(copy1, "extra.txt"), "kept")
shutil.copytree(project, copy1, dirs_exist_ok=True)
print(snapshot(copy1)[:3])

# A copy function of one's own, and shutil.copy.
copied = []
def logging_copy(src, dst):
    copied.append((rel(src), rel(dst)))
    return shutil.copy(src, dst)
shutil.copytree(os.path.join(project, "src"), os.path.join(base, "copy4"), copy_function=logging_copy)
print(sorted(copied))
shutil.copytree(os.path.join(project, "src"), os.path.join(base, "copy5"), copy_function=shutil.copy)
print(snapshot(os.path.join(base, "copy5")))

# A dangling link: an Error listing it, unless ignore_dangling_symlinks.
broken = os.path.join(base, "broken")
os.makedirs(broken)
write(os.path.join(broken, "ok.txt"), "fine")
os.symlink(os.path.join(base, "gone.txt"), os.path.join(broken, "dangling.txt"))
try:
    shutil.copytree(broken, os.path.join(base, "copy6"))
except shutil.Error as e:
    print(type(e).__name__, isinstance(e, OSError), len(e.args), [tuple(rel(x) for x in err) for err in e.args[0]])
print(snapshot(os.path.join(base, "copy6")))
shutil.copytree(broken, os.path.join(base, "copy7"), ignore_dangling_symlinks=True)
print(snapshot(os.path.join(base, "copy7")))
try:
    shutil.copytree(os.path.join(base, "nowhere"), os.path.join(base, "copy8"))
except FileNotFoundError as e:
    print(rel(e))
print(os.path.exists(os.path.join(base, "copy8")))

# move: rename a file, move it into a folder, move a folder, and the errors.
write(os.path.join(base, "a.txt"), "A")
print(rel(shutil.move(os.path.join(base, "a.txt"), os.path.join(base, "b.txt"))))
os.makedirs(os.path.join(base, "inbox"))
print(rel(shutil.move(os.path.join(base, "b.txt"), os.path.join(base, "inbox"))))
print(rel(shutil.move(os.path.join(base, "copy5"), os.path.join(base, "inbox"))))
print(rel(shutil.move(os.path.join(base, "copy4") + "/", os.path.join(base, "inbox") + "/")))
print(snapshot(os.path.join(base, "inbox")))
write(os.path.join(base, "b.txt"), "B again")
try:
    shutil.move(os.path.join(base, "b.txt"), os.path.join(base, "inbox"))
except shutil.Error as e:
    print(type(e).__name__, rel(e))
try:
    shutil.move(os.path.join(base, "inbox"), os.path.join(base, "inbox", "copy5"))
except shutil.Error as e:
    print(type(e).__name__, rel(e))
os.symlink(os.path.join(base, "b.txt"), os.path.join(base, "b_link"))
print(rel(shutil.move(os.path.join(base, "b_link"), os.path.join(base, "b_link2"))), rel(os.readlink(os.path.join(base, "b_link2"))))
try:
    shutil.move(os.path.join(base, "missing.txt"), os.path.join(base, "x.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, rel(e))

usage = shutil.disk_usage(base)
print(type(usage).__name__, usage._fields, usage.total >= usage.used, usage.free > 0, isinstance(usage, tuple))

shutil.rmtree(base)
print(os.path.exists(base))
