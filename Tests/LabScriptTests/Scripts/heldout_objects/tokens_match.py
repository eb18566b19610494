# A tiny calculator: tokenize, then evaluate with match on token tuples.
import re
from enum import Enum


class Tok(str, Enum):
    NUM = "num"
    OP = "op"
    LP = "("
    RP = ")"


def tokenize(text):
    out = []
    for m in re.finditer(r"\s*(?:(\d+\.?\d*)|(.))", text):
        num, other = m.groups()
        if num is not None:
            out.append((Tok.NUM, float(num) if "." in num else int(num)))
        elif other == "(":
            out.append((Tok.LP, other))
        elif other == ")":
            out.append((Tok.RP, other))
        elif other.strip():
            out.append((Tok.OP, other))
    return out


def evaluate(tokens):
    stack = []
    for tok in tokens:
        match tok:
            case (Tok.NUM, value):
                stack.append(value)
            case (Tok.OP, "+" | "-" as op):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "+" else a - b)
            case (Tok.OP, "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case (Tok.OP, "/"):
                b, a = stack.pop(), stack.pop()
                stack.append(a / b)
            case (kind, value):
                raise SyntaxError(f"unexpected {kind.value} {value!r}")
    match stack:
        case [single]:
            return single
        case []:
            return None
        case [*many]:
            return tuple(many)


for expr in ["3 4 +", "2 3 4 * +", "10 4 /", "1.5 2 *", "", "1 2", "5 1 2 + -"]:
    toks = tokenize(expr)
    print(repr(expr), [t[0].name for t in toks], evaluate(toks))
try:
    evaluate(tokenize("1 ( +"))
except SyntaxError as e:
    print("SyntaxError:", e)
print(Tok.NUM == "num", Tok("op"), Tok.LP.value, isinstance(Tok.RP, str))
match = {"a": 1}
print(match["a"])


def match_len(x):
    return len(x)


print(match_len([1, 2]))
case = 5
print(case * 2)
