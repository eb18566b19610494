from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
    MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible, KeysView)
import collections.abc as cabc
import numbers
from abc import ABC, ABCMeta, abstractmethod
from fractions import Fraction
from collections import deque, OrderedDict, Counter, defaultdict

vals = [1, 2.5, True, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), None, len, lambda: 0,
        iter([]), (x for x in []), {}.keys(), {}.values(), deque(), OrderedDict(), Counter(), Fraction(1, 2), bytearray()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, MutableSequence, Mapping,
        MutableMapping, Set, MutableSet, Generator, Reversible, numbers.Number, numbers.Complex, numbers.Real,
        numbers.Rational, numbers.Integral]
for v in vals:
    print(f"{type(v).__name__:18}", "".join("X" if isinstance(v, a) else "." for a in abcs))
print(issubclass(bool, numbers.Integral), issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Hashable))

class Bag(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(a=1, b=2)
print(len(b), "a" in b, "z" in b, b.get("z", 0), b.get("a"), list(b.keys()), list(b.items()), list(b.values()))
print(b == {"a": 1, "b": 2}, b == Bag(a=1), dict(b), isinstance(b, Mapping), isinstance(b, MutableMapping))

class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store(); s["A"] = 1; s.update({"B": 2}, c=3); s.setdefault("d", 4)
print(dict(s), s.pop("a"), s.pop("zz", None), s.popitem(), len(s))
try: s.pop("q")
except KeyError as e: print("KeyError", e)

class Half(ABC):
    @abstractmethod
    def f(self): ...
try: Bag2 = type("X", (Mapping,), {})(); 
except TypeError as e: print(e)
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
class Seq(Sequence):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
q = Seq(3, 1, 3)
print(list(q), 3 in q, q.count(3), q.index(1), list(reversed(q)))
class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter([])
print(isinstance(Duck(), Sized), isinstance(Duck(), Iterable), isinstance(Duck(), Collection), isinstance(Duck(), Container))
class Eq:
    def __eq__(self, o): return True
print(isinstance(Eq(), Hashable), isinstance(object(), Hashable))
class Base(ABC): pass
Base.register(int)
@Base.register
class Other: pass
print(isinstance(3, Base), issubclass(bool, Base), isinstance(Other(), Base), issubclass(Other, Base), isinstance("x", Base))
print(type(Base).__name__, Iterable.__module__, numbers.Integral.__mro__[1:3])
Sequence.register(Duck)
print(isinstance(Duck(), Sequence), isinstance(Duck(), Reversible))
try: Half()
except TypeError as e: print(e)
