# str.join over lists, tuples, list subclasses and iterators, and the errors it raises.
class Words(list):
    pass


class Name(str):
    pass


print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join([]), "+".join(()))
print("/".join(Words(["p", "q"])), "|".join(Name(s) for s in "abc"), ".".join([Name("n"), "m"]))
print(" ".join(map(str, range(5))), "é".join(["ü", "ß", "\U0001f600"]), "\x00".join(["a", "b"]) == "a\x00b")
for bad in [["a", 1], ("a", "b", None), [b"x"], 5]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
