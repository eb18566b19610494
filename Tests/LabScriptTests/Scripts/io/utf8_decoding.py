for data in [b"abc\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xf0\x28", b"\xc3", b"ok \xc3\xa9"]:
    try:
        print(repr(data.decode()))
    except UnicodeDecodeError as e:
        print(type(e).__name__ + ":", e)
with open("truncated_utf8.txt") as f:
    print(repr(f.readline()))
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__ + ":", e)
with open("invalid_utf8.txt") as f:
    print(repr(f.read(3)))
print(open("invalid_utf8.txt").read())
