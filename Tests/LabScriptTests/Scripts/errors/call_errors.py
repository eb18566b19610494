class A:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return y
cases = [
    lambda: A(),
    lambda: A(1, 2),
    lambda: A(1).m(),
    lambda: A(1).m(1, 2),
    lambda: A(1).nope,
    lambda: A.nope,
    lambda: [].appendx(1),
    lambda: {}.get(),
    lambda: "abc".split(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: print(sep=1),
    lambda: sorted([1], key=1),
    lambda: int([]),
    lambda: float([]),
    lambda: list(1),
    lambda: tuple(None),
    lambda: dict(1),
    lambda: set(1),
    lambda: "a".upper(1),
    lambda: {1: 2}[3],
    lambda: ("a",) * "b",
    lambda: object().x,
    lambda: None.x,
    lambda: (1).x,
    lambda: "".join(1),
    lambda: isinstance(1, 1),
    lambda: range(1, 2, 0),
    lambda: {}.fromkeys(),
    lambda: zip(1),
    lambda: map(1),
    lambda: enumerate(1),
    lambda: min(1),
    lambda: sum(1),
    lambda: abs(),
    lambda: getattr(1),
    lambda: 1 < None,
    lambda: None > None,
    lambda: [] > (),
    lambda: {1} < [1],
    lambda: divmod("a", 1),
    lambda: round(1.5, "a"),
    lambda: chr("a"),
    lambda: ord(1),
    lambda: hex(1.5),
    lambda: "x".center(),
    lambda: next(1),
    lambda: iter(),
    lambda: A(1) + 1,
    lambda: -A(1),
    lambda: A(1)(),
    lambda: A(1)[0],
    lambda: len(A(1)),
    lambda: [x for x in A(1)],
    lambda: 1 in A(1),
    lambda: exec("1"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__, e)
