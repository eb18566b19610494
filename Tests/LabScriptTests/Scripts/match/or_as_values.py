import math


class Color:
    RED = "red"
    GREEN = "green"


def describe(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case math.pi:
            return "pi"
        case ("a" | "b") as letter:
            return f"letter {letter}"
        case [("x" | "y") as axis, int() as value]:
            return f"{axis}={value}"
        case [1, 2] | [1, 2, 3] | (4, 5):
            return "known list"
        case {"k": [1, *rest]} | {"j": [2, *rest]}:
            return f"rest {rest}"
        case _:
            return "unknown"


for c in ["red", "green", math.pi, "a", "b", "c", ["x", 3], ["y", "3"], [1, 2], [1, 2, 3], (4, 5), [4, 5, 6],
          {"k": [1, 2, 3]}, {"j": [2]}, {"j": [1]}]:
    print(repr(c), describe(c))

match = 3
case = 4
print(match + case)
match = [1, 2]
print(match[0])


def match(x):
    return x * 2


print(match(4))
match (5):
    case 5:
        print("parenthesized subject")
match -3:
    case -3:
        print("negative literal")
match {"a": None}:
    case {"a": None}:
        print("None value")
