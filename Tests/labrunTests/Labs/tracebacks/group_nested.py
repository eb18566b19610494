def leaf(n):
    raise ValueError(n)  # a leaf with its own traceback


def caught(n):
    try:
        value = leaf(n)
    except ValueError as e:
        return e


def make():
    inner = ExceptionGroup("inner", [caught(1), KeyError("k")])
    group = ExceptionGroup("outer", [inner, TypeError("t"), ExceptionGroup("last", [OSError("o")])])
    group.add_note("a note on the group")
    raise group  # the group


def handle():
    try:
        result = make()
    except* TypeError:
        print("handled TypeError")


result = handle()
