# PEP 563: under `from __future__ import annotations`, annotations are kept as source text
# and never evaluated, so forward references and undefined names work.
from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional


@dataclass
class Node:
    val: int
    next: Node | None = None
    tags: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0

    def append(self, v: int) -> Node:
        self.next = Node(v)
        return self.next


n = Node(1)
n.append(2).append(3)
print(n)
print([(f.name, f.type) for f in fields(Node)])
print(Node.__annotations__)
print(Node.append.__annotations__)


def f(a: Undefined, b: dict[str, list[int]] = None, *args: int, c: "quoted" = 1, **kw: Optional[float]) -> tuple[int, ...]:
    return a


print(f.__annotations__)


def g(x: 1 + 2 * 3, y: (1 + 2) * 3, z: 2 ** -1, w: -x ** 2, v: not a and b or c) -> lambda q, *r, s=1, **t: q:
    pass


print(g.__annotations__)


def h(a: x if y else z, b: [1, 2][0], c: {1: 'a', **d}, d: {1, 2}, e: a.b.c(d, *e, k=1, **f),
      f: 1 .real, g: x[1:2, ::3], h: (), i: (1,), j: [i for i in range(3) if i], k: (y for y in z),
      l: a < b <= c is not d, m: 'it''s', n: b"\x00", o: 1e400, p: ..., q: None, r: 0.5, s: f(x for x in y),
      t: {k: v for k, v in z}, u: x[()], w: x[a, b:c]):
    pass


for k, v in h.__annotations__.items():
    print(k, v)


class Tree:
    children: list[Tree]
    parent: Optional[Tree] = None

    def walk(self: Tree) -> Iterator[Tree]:
        yield self


print(Tree.__annotations__, Tree.walk.__annotations__)
print(Tree.parent)
