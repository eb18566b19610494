# re.Scanner: a small arithmetic tokenizer with callable, None and constant actions.
import re


def number(scanner, token):
    return ("NUM", float(token) if "." in token else int(token))


scanner = re.Scanner([
    (r"\d+\.\d*|\d+", number),
    (r"[a-zA-Z_]\w*", lambda s, t: ("NAME", t, s.match.span())),
    (r"[+\-*/()=]", lambda s, t: ("OP", t)),
    (r"\s+", None),
    (r"#.*", "COMMENT"),
])
tokens, rest = scanner.scan("x = 3.5 * (y + 42) # done")
for tok in tokens:
    print(tok)
print(repr(rest))
print(scanner.scan("a + $ b"))
print(scanner.scan(""), len(scanner.lexicon))
print(re.Scanner([(r"(a)(b)", lambda s, t: t.upper()), (r"c", "C")]).scan("abcabx"))
