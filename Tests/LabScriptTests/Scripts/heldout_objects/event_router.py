# An event log parsed with match statements and summarised per kind.
from dataclasses import dataclass
from collections import Counter


@dataclass
class Click:
    x: int
    y: int


@dataclass
class Key:
    name: str
    shift: bool = False


@dataclass
class Scroll:
    delta: float


events = [Click(3, 4), Key("a"), Key("A", shift=True), Scroll(-1.5), Click(0, 0),
          ("resize", 800, 600), {"type": "focus", "window": 2}, "quit", None, 42,
          [1, 2, 3], ("move", 1), {"type": "blur"}]


def describe(ev):
    match ev:
        case Click(0, 0):
            return "click at origin"
        case Click(x, y) if x > y:
            return f"click right of diagonal {x},{y}"
        case Click(x=x, y=y):
            return f"click {x},{y}"
        case Key(name, shift=True):
            return f"shifted key {name!r}"
        case Key(name):
            return f"key {name}"
        case Scroll(delta=d) if d < 0:
            return f"scroll up {-d}"
        case ("resize", w, h):
            return f"resize to {w}x{h}"
        case ("move", *rest):
            return f"move with {len(rest)} args"
        case {"type": "focus", **others}:
            return f"focus {others}"
        case {"type": kind}:
            return f"other event {kind}"
        case "quit" | "exit":
            return "bye"
        case None:
            return "nothing"
        case int(n):
            return f"number {n}"
        case [first, *_, last]:
            return f"list {first}..{last}"
        case _:
            return "unknown"


kinds = Counter()
for ev in events:
    text = describe(ev)
    kinds[text.split()[0]] += 1
    print(f"{type(ev).__name__:>6}: {text}")
print(kinds.most_common(3))
print(sorted(kinds.items()))
