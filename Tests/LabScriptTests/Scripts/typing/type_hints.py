# typing.get_type_hints evaluates postponed annotations; TypeVar objects print as CPython's.
from typing import Dict, Generic, List, Optional, TypeVar, get_type_hints

T = TypeVar("T")
Num = TypeVar("Num", int, float)
Co = TypeVar("Co", covariant=True)
Bound = TypeVar("Bound", bound=str)
print(T, Num, Co, Bound, T.__name__, Num.__constraints__, Bound.__bound__, Co.__covariant__, T.__contravariant__)


class Box(Generic[T]):
    item: "int"
    label: Optional[str] = None

    def put(self, item: "List[int]", count: int = 0) -> None:
        self.item = item


class Labeled(Box[int]):
    tag: "Dict[str, int]"


def f(x: "int", y: List["Box"]) -> "Box":
    return Box()


print(get_type_hints(f))
print(get_type_hints(Box.put))
print(get_type_hints(Labeled))
print(get_type_hints(len), get_type_hints(lambda: 0))
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("X", covariant=True, contravariant=True), lambda: get_type_hints(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Subscripted:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Pair(list[int]):
    pass


print(Subscripted[int], Box[int], Box[int]().put.__name__, Pair.__mro__, Labeled.__mro__)
