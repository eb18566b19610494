def f(*a): return a
class C:
    def m(self, *a): return a
def gen():
    yield 1
    yield 2
print(f(*[1, 2], *"ab", 3, *gen(), *range(2)), C().m(*(1,)), max(*[3, 9]))
for t in [lambda: f(*5), lambda: print(*5), lambda: C().m(*None), lambda: len(*None), lambda: C(*1.5), lambda: f(*[1], *3), lambda: f(1, *5), lambda: f(*5, k=1)]:
    try: t()
    except TypeError as e: print(e)
