def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "world":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "other"


for x in [0, 1, 3, -1, 2.5, "helloworld", b"raw", None, True, False, "abcdef", "ab", 500, 50, 1.0, 0.0, [1]]:
    print(repr(x), "->", classify(x))

match 42:
    case y:
        print("captured", y)
print(y)
match 7:
    case 8:
        print("no")
print("no case matched is fine")
x = 5
match x:
    case 5 if False:
        print("guard false")
    case 5:
        print("second case")
