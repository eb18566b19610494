s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), "café".encode("latin-1"), "café".encode("iso-8859-1"))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
for text, codec in [("héllo", "ascii"), ("naïve café", "ascii"), ("€", "latin-1"), ("x😀y", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print("abc".encode("ascii"), "é".encode(encoding="latin1"))
