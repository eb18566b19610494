def outer(a, b=2, *args, c, d=4, **kw):
    x = 1
    y = a + x
    def inner(z):
        return a + y + z + x
    return inner
f = outer(1, c=3)
print(f.__closure__ is not None, len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(f.__code__.co_freevars, f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_name)
co = outer.__code__
print(co.co_varnames, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals, co.co_cellvars, co.co_freevars)
print(outer.__kwdefaults__, outer.__defaults__, f.__kwdefaults__, outer.__closure__)
print(co.co_firstlineno, co.co_qualname, f.__code__.co_qualname)
f.__closure__[0].cell_contents = 100
print(f(0))
def g(p, /, q): pass
print(g.__code__.co_posonlyargcount, g.__code__.co_argcount, repr(f.__closure__[0])[:9], repr(co)[:19], type(co).__name__, type(f.__closure__[0]).__name__)
