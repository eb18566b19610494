# Reading a large file in fixed-size chunks of characters (as shutil.copyfileobj does), with
# multi-byte characters falling across the reader's internal buffer boundaries.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "big.txt")
line = "row %05d: é—漢字 😀 ascii tail\n"
with open(path, "w") as f:
    for i in range(6000):
        f.write(line % i)

for size in (1, 7, 4096, 65536, 100000):
    pieces = []
    with open(path) as f:
        while True:
            chunk = f.read(size)
            if not chunk:
                break
            pieces.append(chunk)
    text = "".join(pieces)
    print(size, len(pieces), len(text), max(len(p) for p in pieces), text.endswith(line % 5999))

with open(path) as f:
    first = f.read(70000)
    rest = f.readline()
    lines = f.readlines()
print(len(first), repr(rest[:20]), len(lines))
os.remove(path)
os.rmdir(folder)
