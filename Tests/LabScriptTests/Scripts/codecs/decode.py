print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), str(b"\xc3\xa9", "utf-8"))
samples = [b"\xe9abc", b"ab\xff", b"\xe2\x82", b"a\xc3(b", b"\xf0\x9f\x98", b"\xed\xa0\x80x", b"\x80\x80"]
for raw in samples:
    for codec in ["utf-8", "ascii"]:
        try:
            raw.decode(codec)
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
    print(raw.decode("utf-8", "replace"), raw.decode("utf-8", "ignore"), raw.decode("utf-8", "backslashreplace"))
print(b"a\xffb".decode("ascii", "replace"), str(b"a\xffb", "ascii", "ignore"), str(b"x", errors="strict"))
print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))))
