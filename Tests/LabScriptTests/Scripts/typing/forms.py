# get_origin/get_args, ForwardRef in NamedTuple and TypedDict annotations (postponed), Annotated,
# Literal, Union/Optional reprs, cast, overload, runtime_checkable protocols.
from __future__ import annotations
import typing
from typing import (Annotated, Any, Callable, Dict, List, Literal, NamedTuple, Optional, Protocol, Tuple,
                    TypedDict, Union, cast, get_args, get_origin, overload, runtime_checkable, ForwardRef)


class Point(NamedTuple):
    x: int
    y: float = 0.0


class Movie(TypedDict):
    title: str
    year: int


print(Point.__annotations__)
print(Movie.__annotations__)
print(ForwardRef("int"), repr(ForwardRef("List[int]")), ForwardRef("int") == ForwardRef("int"))
print(get_origin(List[int]), get_args(List[int]))
print(get_origin(Dict[str, int]), get_args(Dict[str, int]))
print(get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(Union[int, str]), get_args(Union[int, str]))
print(get_origin(Literal["a", "b"]), get_args(Literal["a", "b"]))
print(get_origin(Annotated[int, "meta"]), get_args(Annotated[int, "meta"]))
print(get_origin(int), get_args(int), get_origin(list[int]), get_args(tuple[int, ...]))
print(get_origin(int | str), get_args(int | None))
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(Literal["a", 1], Annotated[int, "meta", 3], Callable[[int], str], Callable[..., Any])
print(List[int], Dict[str, List[int]], Tuple[int, ...], typing.Sequence[int])
print(cast(int, "3"), cast("List[int]", [1]))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        print("closed")


class Plain:
    pass


print(isinstance(Resource(), Closable), isinstance(Plain(), Closable), issubclass(Resource, Closable))


class Sized2(Protocol):
    def size(self) -> int: ...


try:
    isinstance(Resource(), Sized2)
except TypeError as e:
    print(e)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))
print(typing.get_type_hints(Point), Annotated[int, "m"].__metadata__)
print(Literal[1, 2] == Literal[2, 1], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
