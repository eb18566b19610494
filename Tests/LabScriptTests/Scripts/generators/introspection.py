# gi_frame (None once finished), gi_running, gi_suspended, gi_code, gi_yieldfrom, a frame's
# f_lineno and f_locals, and the code objects of functions (__code__).
def countdown(n):
    total = 0
    while n > 0:
        total += n
        received = yield n
        if received:
            n = received
        n -= 1
    return total


def relay(source):
    result = yield from source
    yield result


g = countdown(3)
print(g.gi_frame is not None, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_code.co_name, g.gi_code.co_qualname, g.gi_code.co_argcount, g.gi_code.co_varnames)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_suspended)
print(g.send(2), g.gi_frame.f_locals)
for v in g:
    print("got", v)
print(g.gi_frame, g.gi_running, g.gi_suspended)

inner = countdown(2)
r = relay(inner)
print(r.gi_yieldfrom)
next(r)
print(r.gi_yieldfrom is inner, r.gi_frame.f_lineno, r.gi_frame.f_locals["source"] is inner)
print(list(r), r.gi_yieldfrom, r.gi_frame)


def watcher():
    me = yield
    print("inside", me.gi_running)
    yield "done"


w = watcher()
next(w)
print(w.send(w))
w.close()
print(w.gi_frame)


class Pipeline:
    def stage(self, items):
        for i, item in enumerate(items):
            yield item * 2


s = Pipeline().stage([1, 2])
print(s.gi_code.co_name, s.gi_code.co_qualname, s.__name__, s.__qualname__)
print(next(s), sorted(s.gi_frame.f_locals))
print(countdown.__code__.co_name, countdown.__code__.co_argcount, countdown.__code__.co_varnames)
print(countdown.__code__.co_firstlineno, relay.__code__.co_firstlineno)
gen_exp = (x * x for x in range(3))
print(next(gen_exp))


def traced(fn):
    return fn


@traced
def decorated():
    yield 1


print(decorated.__code__.co_firstlineno, decorated().gi_frame.f_lineno)


def outer():
    factor = 3

    def scaled(values, *rest, key=None, **options):
        for v in values:
            yield v * factor
    return scaled


sc = outer()
print(sc.__code__.co_varnames, sc.__code__.co_freevars, sc.__code__.co_kwonlyargcount)
it = sc([1])
next(it)
print(it.gi_frame.f_locals)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
