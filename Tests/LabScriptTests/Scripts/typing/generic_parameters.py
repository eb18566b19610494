from typing import Generic, TypeVar, Protocol, Dict, List
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Buffer(Generic[T]):
    def __init__(self): self.items = []
class Pair(Generic[K, V]): pass
class IntBuffer(Buffer[int]): pass
class Sub(Buffer): pass
class Mixed(Dict[K, List[V]], Generic[K, V]): pass
print(Buffer.__parameters__, Pair.__parameters__, IntBuffer.__parameters__, Sub.__parameters__)
print(Generic[T], Buffer[int], Pair[str, int], Buffer.__mro__[1:])
print(hasattr(Buffer, "__parameters__"), Mixed.__parameters__, isinstance(Buffer(), Generic))
class P(Protocol[T]):
    def get(self) -> T: ...
print(P.__parameters__)
