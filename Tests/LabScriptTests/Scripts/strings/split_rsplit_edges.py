# split and rsplit with maxsplit, overlapping separators and whitespace kept on the far side.
cases = ["aaa", "aaaa", "a,b,,c", "abcabca", " x  y ", "  a b  c ", "", "   ", "a\tb\nc  d", "x--y--z", "é ü  ö "]
for s in cases:
    for sep in [None, "a", "aa", ",", "--", " "]:
        for n in [-1, 0, 1, 2]:
            print(repr(s), repr(sep), n, s.split(sep, n), s.rsplit(sep, n))
print(b"aaa".rsplit(b"aa", 1), b" x  y ".rsplit(None, 1), b"a b  c ".split(None, 1))
