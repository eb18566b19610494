# Editing a small config buffer in place with bytearray.
buf = bytearray(b"[main]\nname = demo\nsize = 12\n\n[extra]\ncolor = red\n")
def find_value(buf, key):
    start = buf.find(key + b" = ")
    if start < 0:
        raise KeyError(key.decode())
    vstart = start + len(key) + 3
    vend = buf.index(b"\n", vstart)
    return vstart, vend
s, e = find_value(buf, b"size")
print(buf[s:e], int(buf[s:e]) * 2)
buf[s:e] = str(int(buf[s:e]) * 2).encode()
s, e = find_value(buf, b"color")
buf[s:e] = b"blue"
buf.extend(b"shade = dark\n")
print(buf.decode())
print(buf.count(b"\n"), buf.splitlines()[:3], buf.upper()[:6])
try:
    find_value(buf, b"missing")
except KeyError as err:
    print("KeyError", err)
sections = [line.strip(b"[]") for line in buf.splitlines() if line.startswith(b"[")]
print(sections, [type(x).__name__ for x in sections])
del buf[:buf.index(b"\n") + 1]
print(buf[:10], len(buf), buf.isascii(), b"name" in buf, bytes(buf[-5:]))
table = bytes.maketrans(b"aeiou", b"AEIOU")
print(buf.translate(table)[:20], buf.replace(b" = ", b"=")[:15])
