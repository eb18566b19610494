# Binary temporary files: the default mode of NamedTemporaryFile and TemporaryFile.
import os
import struct
import tempfile

with tempfile.TemporaryFile() as f:
    print(type(f).__name__, f.mode, isinstance(f.name, int))
    f.write(struct.pack("<3i", 7, -8, 9))
    f.seek(0)
    print(struct.unpack("<3i", f.read()))
    print(f.tell(), f.seek(4), f.read(4))

with tempfile.NamedTemporaryFile(suffix=".bin") as f:
    print(f.name.endswith(".bin"), os.path.exists(f.name))
    f.write(b"line one\nline two\n")
    f.flush()
    with open(f.name, "rb") as again:
        print(again.readlines())
    name = f.name
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile("wb", delete=False)
f.write(b"\x00\x01kept")
f.close()
with open(f.name, "rb") as r:
    print(r.read())
os.remove(f.name)

fd, path = tempfile.mkstemp()
with os.fdopen(fd, "wb") as out:
    print(out.write(b"through a descriptor"), out.name == fd)
with open(path, "rb") as r:
    print(r.read())
os.remove(path)

def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: tempfile.TemporaryFile("wb", encoding="utf-8"))
attempt(lambda: tempfile.NamedTemporaryFile("w+b", newline=""))
attempt(lambda: tempfile.TemporaryFile("rbw"))
