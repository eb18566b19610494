class Tags(set):
    def add(self, item):
        super().add(item.lower())


t = Tags()
t.add("ML")
t.add("ml")
t.add("Data")
print(sorted(t), len(t), "ml" in t, isinstance(t, set), type(t).__name__, type(t | {"x"}).__name__)


class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"{self.code} {self.reason}"


try:
    raise HTTPError(404, "Not Found")
except HTTPError as err:
    print(err, repr(err), err.args, err.code, err.reason, isinstance(err, Exception))
