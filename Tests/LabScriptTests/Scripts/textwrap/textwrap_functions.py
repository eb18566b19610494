import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(s, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(s, 30), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11, placeholder="..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
\t
    """)), repr(textwrap.dedent("  a\n    b\n\tc")), repr(textwrap.dedent("  x\n  \n  y")))
print(textwrap.indent("a\nb\n\nc\n", "+ "), textwrap.indent("a\n\nb", "> ", lambda line: True))
w = textwrap.TextWrapper(width=15, placeholder=" ~", max_lines=2)
print(w.wrap(s), w.fill("short"), w.width)
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("a b c d", 3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
