# Value subclasses with dataclasses, format hooks, math and an __iter__ override.
from dataclasses import dataclass
class Name(str):
    pass
@dataclass(frozen=True)
class Item:
    name: Name
    qty: int
i = Item(Name("bolt"), 3)
print(i, i == Item("bolt", 3), hash(i) == hash(Item("bolt", 3)))
class Score(float):
    def __format__(self, spec):
        return "S" + format(float(self), spec)
print(f"{Score(1.25):.1f}", "{:.2f}".format(Score(2)), format(Score(3)), str(Score(3)), [Score(1)])
import math
print(math.isnan(Score(float("nan"))), math.floor(Score(2.5)), math.ceil(Score(2.5)), math.trunc(Score(-2.5)), math.fsum([Score(0.1)] * 10))
class Word(str):
    def __iter__(self):
        return iter(self.split())
print(list(Word("a b c")), [w for w in Word("x y")], "a" in Word("a b"), len(Word("a b")), max(Word("a b")), sorted(Word("b a")), set(Word("a a")))
print(*Word("p q"))
d = dict.fromkeys(Word("k1 k2"))
print(d)
