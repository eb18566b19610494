# Fixed-size records in a binary file: written with struct, read back by seeking.
import os
import struct

path = "labscript_records.bin"
record = struct.Struct("<IHd")
rows = [(i, (i * 37) % 1000, i / 7) for i in range(1, 11)]

with open(path, "wb") as f:
    print(f)
    print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
    f.write(b"REC1")
    for row in rows:
        n = f.write(record.pack(*row))
    print("last write", n, "bytes; position", f.tell())
print("closed:", f.closed, "size:", os.path.getsize(path))

with open(path, "rb") as f:
    print(f, f.mode)
    magic = f.read(4)
    print(magic, magic == b"REC1")
    f.seek(4 + 3 * record.size)
    print("record 4:", record.unpack(f.read(record.size)))
    f.seek(-record.size, 2)
    print("last record:", record.unpack(f.read(record.size)), f.tell())
    f.seek(-2 * record.size, 1)
    print("back two:", record.unpack(f.read(record.size)))
    print(f.read(100)[:6], f.read(), f.read(5))
    f.seek(4)
    body = f.read()
    total = sum(r[1] for r in record.iter_unpack(body))
    print("sum of second fields:", total)

with open(path, "ab") as f:
    print("append starts at", f.tell())
    f.write(record.pack(99, 9, 9.5))
    print("now", f.tell())

with open(path, "r+b") as f:
    print(f, f.mode)
    f.seek(4)
    f.write(record.pack(1000, 1, 0.25))
    print(f.tell(), record.unpack(f.read(record.size)))
    f.seek(0)
    data = f.read()
    print(len(data), data[:4], record.unpack_from(data, 4))
    print(f.truncate(4 + 2 * record.size), f.tell())
    f.seek(0, 2)
    print("after truncate", f.tell())
    f.seek(f.tell() + 3)
    f.write(b"!")
    f.seek(-5, 2)
    print(f.read())

with open(path, "w+b") as f:
    print(f.mode, f.read(), f.write(b"x" * 5), f.seek(0), f.read(2), f.tell())

buffer = bytearray(8)
with open(path, "rb") as f:
    print(f.readinto(buffer), buffer)
    print(f.readinto(buffer), buffer)

os.remove(path)
print(os.path.exists(path))
