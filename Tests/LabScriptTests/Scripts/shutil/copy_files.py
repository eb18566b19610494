# copyfile, copy, copy2, copymode, copystat and copyfileobj on real files in a scratch folder.
import io
import os
import shutil
import tempfile
from pathlib import Path

base = tempfile.mkdtemp(prefix="copy_")

def rel(p):
    return str(p).replace(base, "BASE")

def read(p):
    with open(p) as f:
        return f.read()

def write(p, text):
    with open(p, "w") as f:
        f.write(text)

src = os.path.join(base, "data.csv")
write(src, "id,score\n1,0.5\n2,0.75\n" + "x" * 200000 + "\n")
dst = os.path.join(base, "copy.csv")
print(rel(shutil.copyfile(src, dst)), read(dst) == read(src), len(read(dst)))

# copyfile overwrites and returns what it was given (a Path stays a Path).
write(dst, "old contents that are longer than the new ones")
small = os.path.join(base, "small.txt")
write(small, "new")
result = shutil.copyfile(small, Path(dst))
print(type(result).__name__, read(dst))

# Errors.
try:
    shutil.copyfile(small, small)
except shutil.SameFileError as e:
    print(type(e).__name__, isinstance(e, shutil.Error), isinstance(e, OSError), str(e) == "%r and %r are the same file" % (small, small))
try:
    shutil.copyfile(os.path.join(base, "missing.txt"), dst)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, rel(e.filename), rel(e))
try:
    shutil.copyfile(small, base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, rel(e))
try:
    shutil.copyfile(small, os.path.join(base, "no_such_dir") + "/")
except FileNotFoundError as e:
    print(type(e).__name__, rel(e), e.errno)
try:
    shutil.copyfile(base, dst)
except IsADirectoryError as e:
    print(type(e).__name__, rel(e))

# copy into a folder keeps the name; copy and copy2 return the file written.
folder = os.path.join(base, "out")
os.mkdir(folder)
print(rel(shutil.copy(small, folder)), rel(shutil.copy2(src, folder)), sorted(os.listdir(folder)))
print(rel(shutil.copy(small, os.path.join(folder, "renamed.txt"))), read(os.path.join(folder, "renamed.txt")))

# Modes: copyfile gives the new file default permissions, copy and copymode copy the bits.
script = os.path.join(base, "run.sh")
write(script, "echo hi\n")
os.chmod(script, 0o755)
plain = os.path.join(base, "plain.sh")
shutil.copyfile(script, plain)
print(os.access(plain, os.X_OK))
shutil.copymode(script, plain)
print(os.access(plain, os.X_OK))
os.chmod(script, 0o644)
shutil.copy(script, plain)
print(os.access(plain, os.X_OK))

# Times: copy2 and copystat keep them to the nanosecond.
os.utime(src, (1_600_000_000, 1_700_000_000.25))
twin = shutil.copy2(src, os.path.join(base, "twin.csv"))
print(os.path.getmtime(twin), os.path.getmtime(twin) == os.path.getmtime(src))
os.utime(src, ns=(5, 1_234_567_891_234_567_891))
shutil.copystat(src, twin)
print(os.path.getmtime(twin))
try:
    shutil.copystat(os.path.join(base, "missing"), twin)
except FileNotFoundError as e:
    print(rel(e))

# Links: followed by default, copied as links with follow_symlinks=False.
link = os.path.join(base, "link.txt")
os.symlink(small, link)
followed = shutil.copyfile(link, os.path.join(base, "followed.txt"))
print(os.path.islink(followed), read(followed))
kept = shutil.copyfile(link, os.path.join(base, "kept.txt"), follow_symlinks=False)
print(os.path.islink(kept), rel(os.readlink(kept)), read(kept))
kept2 = shutil.copy2(link, os.path.join(base, "kept2.txt"), follow_symlinks=False)
print(os.path.islink(kept2), rel(os.readlink(kept2)))
try:
    shutil.copyfile(link, twin, follow_symlinks=False)
except FileExistsError as e:
    print(rel(e))
try:
    shutil.copyfile(link, small)
except shutil.SameFileError as e:
    print("same file through a link")

# copyfileobj between file objects of any kind.
source = io.StringIO("line one\nline two\n" * 3)
sink = io.StringIO()
shutil.copyfileobj(source, sink, 5)
print(repr(sink.getvalue()))
with open(src) as fsrc, open(os.path.join(base, "streamed.csv"), "w") as fdst:
    shutil.copyfileobj(fsrc, fdst)
print(read(os.path.join(base, "streamed.csv")) == read(src))
print(shutil.COPY_BUFSIZE)

shutil.rmtree(base)
print(os.path.exists(base))
