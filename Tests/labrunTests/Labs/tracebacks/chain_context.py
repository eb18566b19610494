def parse(text):
    return int(text)


def load(settings, key):
    try:
        return parse(settings[key])
    except ValueError:
        fallback = settings.pop("default")  # the handler fails too
        return fallback


def convert(text):
    try:
        return float(text)
    finally:
        print("tried", text)


print(load({"a": "1"}, "a"))
try:
    convert("x")
except ValueError as e:
    print("caught", e)
table = {"rows": [1, 2]}
try:
    table["rows"][5]
except IndexError:
    result = load({"a": "one"}, "a")
