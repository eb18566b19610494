# On an instance of a str subclass, format() and % with nothing to substitute return the instance
# itself (CPython's string writer hands back its only piece); anything substituted gives a str.
class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("plain")
for result in [t.format(), t.format(1, key=2), t % (), t % {}, t % {"a": 1}]:
    print(type(result).__name__, result is t, result)
for result in [Tag("{}").format(1), Tag("{{x}}").format(), Tag("%s") % "x", Tag("100%%") % (), t + "", t[:]]:
    print(type(result).__name__, result)
print(t.format().shout(), (t % ()).shout())
for call in [lambda: t % 5, lambda: t % (1,), lambda: Tag("}").format(), lambda: Tag("{").format()]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
