import io
s = io.StringIO("line1\nline2\nlast")
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines(), [line for line in io.StringIO("a\nb\n")])
out = io.StringIO()
print(out.write("héllo"), out.write(" world"), out.getvalue(), out.tell())
out.seek(0); out.write("J"); print(out.getvalue())
out.seek(20); out.write("!"); print(repr(out.getvalue()))
print(out.truncate(5), repr(out.getvalue()), out.closed)
with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print("to", "buffer", sep="-", file=out)
print(repr(out.getvalue()))
