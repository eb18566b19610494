from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class Pt:
    x: float
    y: float = 0.0
p = Pt(1, 2)
print(p, hash(p) == hash(Pt(1, 2)), {p: 1}, len({Pt(1), Pt(1), Pt(2)}), p == Pt(1, 2))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(p.x, p.y)
