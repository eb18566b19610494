import typing
from typing import Optional, List
class Foo: pass
def f(x: int, y: "Foo" = 2, *args: str, z: list[int] = None, **kw: float) -> dict[str, int]:
    """Doc."""
    return {}
print(f.__annotations__)
help(f)
def g(a: Foo, b: Optional[int] = None, c: List[str] = []) -> None: pass
help(g)
def h(p, q=1): pass
print(h.__annotations__)
class A:
    n: int = 3
    def m(self, a: float) -> None:
        pass
help(A.m)
print(A.m.__annotations__)
