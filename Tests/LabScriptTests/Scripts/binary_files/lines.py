# Lines of a binary file: iteration, readline with limits, readlines with hints.
import os

path = "labscript_lines.bin"
text = "naïve café\r\nsecond\rthird\n\nlast without end"
with open(path, "wb") as f:
    print(f.write(text.encode("utf-8")))
    f.writelines([b"\n", bytearray(b"more\n"), b"end"])

with open(path, "rb") as f:
    for number, line in enumerate(f, 1):
        print(number, line, len(line))
    print(f.readline(), f.readlines())

with open(path, "rb") as f:
    print(f.readline(4), f.readline(100), f.readline(0), f.readline(None), f.readline(-1))
    print(f.readlines(3))
    print(f.readlines(None))

with open(path, "rb") as f:
    print(f.readlines(-1))
    f.seek(0)
    print(f.readlines(0)[-1])
    f.seek(0)
    print(next(f), next(f), iter(f) is f)
    print(list(f))
    print(next(f, "done"))

with open(path, "rb") as f:
    decoded = [line.decode("utf-8").rstrip("\r\n") for line in f]
print(decoded)

# A long file read back in lines and in chunks.
with open(path, "wb") as f:
    for i in range(3000):
        f.write(b"line %d %s\n" % (i, b"x" * (i % 50)))
with open(path, "rb") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], sum(map(len, lines)))
with open(path, "rb") as f:
    chunks = []
    while chunk := f.read(4093):
        chunks.append(len(chunk))
print(len(chunks), chunks[-1], sum(chunks))
with open(path, "rb") as f:
    count = 0
    for line in f:
        if line.endswith(b"x\n"):
            count += 1
    print(count, f.tell())
os.remove(path)
