def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
for t in [lambda: f(**5), lambda: C().m(**[1]), lambda: f(**{"a": 1}, **{"a": 2}), lambda: print(**3), lambda: (lambda: 0)(**5), lambda: C(**4)]:
    try: t()
    except TypeError as e: print(e)
try: dict(**5)
except TypeError as e: print(e)
