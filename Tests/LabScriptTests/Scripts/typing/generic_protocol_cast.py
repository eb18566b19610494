from typing import Generic, TypeVar, Protocol, cast, overload, TYPE_CHECKING, List
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items, isinstance(s, Stack), cast(int, "3"), TYPE_CHECKING)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hi"
def run(g: Greeter) -> str:
    return g.greet()
print(run(En()))
