from abc import ABC
from collections.abc import Sequence
import calendar
class A(ABC): pass
class B(ABC): pass
A.register(B)
try: B.register(A)
except RuntimeError as e: print("RuntimeError:", e)
print(A.register(B) is B, issubclass(B, A), issubclass(A, B))
class Naturals(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 10**9
for x in Naturals():
    if x > 3: break
print(x, 5 in Naturals())
try: calendar.month(2024, 2, w=10**12)
except MemoryError: print("MemoryError")
