class Logged:
    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
o = Logged(); o.a = 1; del o.a; print(hasattr(o, "a"))
try: del o.zz
except AttributeError as e: print(e)
class Plain: pass
q = Plain(); q.v = 2; del q.v; print(vars(q))
class Guarded:
    def __init__(self):
        self.celsius = 5
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("setter", v)
        self._c = v
    def __setattr__(self, name, value):
        print("hook", name)
        super().__setattr__(name, value)
g = Guarded(); print(g.celsius, object.__getattribute__(g, "_c"))
class A:
    def __setattr__(s, n, v):
        object.__setattr__(s, n, v*2)
a=A(); a.x=2; print(a.x)
object.__delattr__(a, "x"); print(hasattr(a,"x")); print(object.__getattribute__(a, "__class__"))
