# printf-style formatting of bytes and bytearray.
class B:
    def __bytes__(self):
        return b"<B>"


print(b"%d:%s" % (1, b"x"))
print(b"%s has %d bytes (%x)" % (b"frame", 12, 255), bytearray(b"%05.2f") % 3.14159)
print(b"%b|%s|%a|%r" % (b"b", bytearray(b"ba"), "\xe9", [1, "a"]))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%5c|%-3c|" % (66, b"q"))
print(b"%x %X %o %#x %#o %05d %+.3f %e %g %i %u %%" % (255, 255, 8, 255, 8, 42, 3.14159, 12345.678, 0.0001, True, 7))
print(b"%5s|%-5b|%.2s|%*d|%-*d|%.*f" % (b"ab", b"cd", b"xyz", 4, 7, 4, 7, 2, 1.23456))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 31})
print(b"%s %s" % (B(), B()), b"%s" % b"", b"%s" % memoryview if False else b"")
print(type(bytearray(b"%s") % b"x").__name__, type(b"%s" % bytearray(b"x")).__name__)
print(b"\xff%s\x00" % b"\x80", b"%3d%%" % 50, b"%-6.2e|" % 1234.5, b"%+d % d" % (5, 5))
for bad in [lambda: b"%b" % "str", lambda: b"%s" % 1, lambda: b"%s" % None, lambda: b"%c" % 256, lambda: b"%c" % -1, lambda: b"%c" % "a",
            lambda: b"%c" % b"ab", lambda: b"%d" % "x", lambda: b"%x" % 1.5, lambda: b"%s %s" % (b"x",), lambda: b"%s" % (b"x", b"y"),
            lambda: b"%z" % 1, lambda: b"%" % (), lambda: b"%(a)s" % {"a": b"1"}, lambda: b"%(a)s" % (1,), lambda: b"" % b"x",
            lambda: b"" % bytearray(b"x"), lambda: b"" % "x", lambda: b"" % [1], lambda: b"%s" % [b"a"], lambda: b"x" % 5]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr("" % [1]), repr("" % b"x"), repr("" % range(3)))
