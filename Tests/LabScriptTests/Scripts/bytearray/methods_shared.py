# bytes and bytearray share their str-like methods; each result has the receiver's type.
samples = [b"", b"Hello, World", b"  spaced out\ttext\n", b"a,b,,c", b"UPPER lower 123", b"line1\nline2\r\nline3\r",
           b"\x00\xff\x80", b"title case words", b"x" * 5, b"tab\there"]
unary = ["upper", "lower", "swapcase", "capitalize", "title", "isalpha", "isdigit", "isalnum", "isspace", "isascii",
         "isupper", "islower", "istitle", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "hex", "expandtabs"]
for s in samples:
    for kind in (bytes, bytearray):
        v = kind(s)
        row = []
        for name in unary:
            r = getattr(v, name)()
            row.append(repr(r))
        print(kind.__name__, " | ".join(row))
args = [("find", (b"o",)), ("rfind", (b"o",)), ("count", (b"l",)), ("count", (108,)), ("find", (111, 5)), ("startswith", (b"He",)),
        ("endswith", ((b"x", b"d"),)), ("replace", (b"l", b"L")), ("replace", (b"l", b"", 1)), ("partition", (b", ",)),
        ("rpartition", (b"o",)), ("center", (20, b"*")), ("ljust", (15,)), ("rjust", (15, b".")), ("zfill", (16,)),
        ("removeprefix", (b"Hell",)), ("removesuffix", (b"ld",)), ("split", (b"o",)), ("rsplit", (b"o", 1)), ("strip", (b"Hd",)),
        ("split", (None, 1)), ("splitlines", (True,)), ("hex", (":",)), ("hex", ("-", 2)), ("hex", (" ", -3)), ("expandtabs", (4,)),
        ("translate", (None, b"lo")), ("translate", (bytes.maketrans(b"lo", b"01"),)), ("join", ([b"a", b"b", bytearray(b"c")],))]
for s in samples[:4]:
    for kind in (bytes, bytearray):
        v = kind(s)
        out = []
        for name, a in args:
            try:
                out.append(repr(getattr(v, name)(*a)))
            except Exception as e:
                out.append(type(e).__name__ + ": " + str(e))
        print(kind.__name__, " | ".join(out))
for kind in (bytes, bytearray):
    v = kind(b"abc")
    for call in [lambda: v.index(b"z"), lambda: v.rindex(b"z"), lambda: v.find("a"), lambda: v.count(256), lambda: v.split(""),
                 lambda: v.join(["a"]), lambda: v.center(5, "*"), lambda: v.decode("ascii", "bogus"), lambda: kind.fromhex("zz"),
                 lambda: v.hex("ab"), lambda: v.replace("a", b"b"), lambda: v.translate(b"short")]:
        try:
            print(repr(call()))
        except Exception as e:
            print(type(e).__name__ + ":", e)
    print(repr(kind.fromhex("0A 0b ff")), repr(kind.maketrans(b"a", b"b")[97:98]), repr(v.decode("latin-1")))
