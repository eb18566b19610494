# io.BytesIO: an in-memory binary file.
import io
import struct

b = io.BytesIO(b"abc\ndef\n")
print(b.getvalue(), b.tell(), b.read(2), b.readline(), b.tell())
print(b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.seek(0, 2), b.write(b"XY"), b.getvalue())
print(b.seek(20), b.write(b"!"), b.getvalue())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines())
print(b.seek(-1, 1), b.seek(5, 1), b.seek(-5, 2), b.seek(-100, 2), b.seek(-100, 1))
print(b.truncate(3), b.getvalue(), b.tell())
print(b.truncate(), b.getvalue())
b.seek(0)
buf = bytearray(2)
print(b.readinto(buf), buf, b.read1(), b.read1(5), b.read(-2))
print(io.BytesIO().getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"q").read())
print(io.BytesIO(bytearray(b"from a bytearray")).read(4))

with io.BytesIO() as out:
    for value in (1, 2, 300):
        out.write(struct.pack(">H", value))
    out.writelines([b"\x00", bytearray(b"\xff")])
    payload = out.getvalue()
print(payload, out.closed)
stream = io.BytesIO(payload)
while (pair := stream.read(2)):
    print(pair, struct.unpack(">H", pair)[0] if len(pair) == 2 else None)

# Overwriting in the middle keeps the rest.
b = io.BytesIO(b"0123456789")
b.seek(3)
b.write(b"abc")
print(b.getvalue(), b.tell(), b.read())
print(isinstance(b, io.BytesIO), isinstance(b, io.IOBase), isinstance(b, io.BufferedIOBase), type(b))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)

def attempt(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: b.write("text"))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 5))
attempt(lambda: b.seek("x"))
attempt(lambda: b.truncate(-1))
attempt(lambda: b.read("x"))
attempt(lambda: b.readline("x"))
attempt(lambda: b.readinto(b"xx"))
attempt(lambda: io.BytesIO("text"))
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "readline", "readlines", "flush", "readable", "truncate"]:
    attempt(getattr(b, name))
attempt(lambda: b.write(b"x"))
attempt(lambda: b.seek(0))
attempt(lambda: iter(b) is b)
attempt(lambda: next(b))
