# Protocols in isinstance/issubclass (data and method members, explicit subclasses), typing names
# printed as typing.X, Union normalization and equality, string annotations as ForwardRef.
from typing import Protocol, runtime_checkable, Optional, Union, List, Dict, Any, ForwardRef, get_type_hints, NamedTuple, TypedDict
import typing


@runtime_checkable
class HasArea(Protocol):
    name: str

    def area(self) -> float: ...


class Square:
    def __init__(self, side):
        self.side = side
        self.name = "square"

    def area(self):
        return self.side ** 2


class Nameless:
    def area(self):
        return 0.0


class Explicit(HasArea):
    pass


shapes = [Square(2), Nameless(), Explicit(), 3]
print([isinstance(s, HasArea) for s in shapes])
try:
    issubclass(Square, HasArea)
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Drawable(Protocol):
    def draw(self): ...


class Canvas:
    def draw(self):
        return "drawn"


print(issubclass(Canvas, Drawable), issubclass(int, Drawable), isinstance(Canvas(), (int, Drawable)))
try:
    runtime_checkable(Canvas)
except TypeError as e:
    print("TypeError:", e)
print(typing.List, typing.Any, typing.Optional, typing.Union, typing.Callable, typing.Protocol, typing.Generic)
print(Union[int], Union[int, int, str], Union[int, Union[str, float]], Optional[None])
print(List[None], list[None], Dict[str, Optional[int]])
print(Optional[int] == Union[None, int], Union[int, str] != Union[int, float], List[int] == List[int])
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)


class Row(NamedTuple):
    label: "str"
    count: int = 0


class Options(TypedDict, total=False):
    verbose: bool
    path: "str"


print(Row.__annotations__, Options.__annotations__)
print(get_type_hints(Row), get_type_hints(Options))
ref = ForwardRef("Row")
print(ref, ref.__forward_arg__, ref == ForwardRef("Row"), ref == ForwardRef("Row", module="m"), ForwardRef("x", module="m"))
try:
    ForwardRef(3)
except TypeError as e:
    print("TypeError:", e)
print(type(int | str), typing.get_origin(int | str) is type(int | None))
