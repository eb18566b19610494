b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.split(b", "), b"a,b,,c".split(b","), b"  a  b ".split(), b"a b c".split(maxsplit=1), b"a b c".rsplit(None, 1))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.find(b"o"), b.rfind(b"o"), b.find(b"z"), b.count(b"l"), b.index(b"W"), b.find(111))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x".lstrip(), b"x\n".rstrip())
print(b",".join([b"1", b"2", b"3"]), b"ab".center(6, b"*"), b"abc".rjust(5), b"abc".ljust(5, b"-"), b"42".zfill(5))
print(b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(keepends=True), b"abc".partition(b"b"), b"a.b.c".rpartition(b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"\xe9".isascii())
print(b"x\ty".expandtabs(4), b"prefix_rest".removeprefix(b"prefix_"), b"file.txt".removesuffix(b".txt"))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], list(b"ab"), b"ab" * 3, b"a" + b"b", len(b"abc"), b"abc" < b"abd")
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
