import typing
from typing import List, Dict, Iterable, Mapping, Callable, Sequence, Any, Optional, Union, Tuple
for v in [[1], {}, (1,), "s", len, 3, {1}]:
    print([isinstance(v, t) for t in (List, Dict, Tuple, Iterable, Mapping, Callable, Sequence, typing.Set, typing.Type)])
print(issubclass(list, Sequence), issubclass(dict, typing.Mapping), issubclass(int, typing.Iterable))
for t in [Any, Optional, Union, List[int], list[int], Dict[str, int]]:
    try: isinstance(1, t)
    except TypeError as e: print("TypeError:", e)
try: issubclass(int, Any)
except TypeError as e: print("TypeError:", e)
