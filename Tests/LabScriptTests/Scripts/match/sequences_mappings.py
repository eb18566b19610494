def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


for x in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(3), "ab", b"ab", {1: 2}, 5]:
    print(repr(x), seq(x))

match (1, (2, [3, 4])):
    case (a, (b, [c, *d])):
        print(a, b, c, d)
match [1, 2, 3]:
    case [*init, 3]:
        print("init", init)
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")
match 1, 2:
    case a, b:
        print("tuple subject", a, b)
match [1, 2]:
    case (1, 2):
        print("parenthesized matches a list")


def mapping(m):
    match m:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text), **rest}:
            return f"say {text} with {rest}"
        case {"action": action}:
            return f"unknown action {action}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for m in [{"action": "move", "to": (1, 2)}, {"action": "move", "to": [3, 4], "speed": 2},
          {"action": "say", "text": "hi", "loud": True, "n": 1}, {"action": "say", "text": 3},
          {"x": 1}, {}, [("action", "move")], "action"]:
    print(mapping(m))

from collections import OrderedDict, defaultdict, Counter
dd = defaultdict(int, a=1)
match dd:
    case {"a": 1, "b": _}:
        print("has b")
    case {"a": 1}:
        print("defaultdict matched without creating b:", dict(dd))
match Counter("aab"):
    case {"a": 2, **others}:
        print("counter", others)
match OrderedDict(z=1):
    case {"z": z}:
        print("ordered", z)
