import string
print(string.capwords("hello   world-foo  bar"), string.capwords(" a,b c ", ","), string.capwords("ÉCOLE été"))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}), t.template)
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost: $5", "a\nb ${x", "$"]:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
print(string.Template("$a$b_c ${a}x").substitute(a=1, b_c=[2]), string.Template("$x").substitute({"x": 1}, x=2))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace), len(string.printable))
