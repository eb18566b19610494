from __future__ import annotations
from typing import List, Dict, Optional, Union, Tuple, Callable, Any
from collections import deque, defaultdict
from dataclasses import dataclass, fields
from typing import ClassVar
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]), set[str], type[int])
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int, str], bool], List[Any])
print(deque[int], defaultdict[str, int], list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
alias = dict[str, list[int]]
def f(x: alias, y: Optional[List[int]] = None) -> Dict[str, Any]:
    return {"x": x, "y": y}
print(f({"a": [1]}))
@dataclass
class Config:
    limit: ClassVar[int] = 3
    name: str = "n"
    sizes: list[int] | None = None
print(Config(), [f.name for f in fields(Config)], Config.limit)
for bad in [lambda: int[3], lambda: isinstance([], list[int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")
print(list[int] | None, None | dict[str, int], list[int] | int | None)
