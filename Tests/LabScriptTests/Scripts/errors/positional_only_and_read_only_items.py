def f(a, /, b): return a + b
try:
    f(a=1, b=2)
except TypeError as e:
    print(e)
try:
    (1, 2).__setitem__(0, 5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
from collections import deque
try:
    deque().pop()
except IndexError as e:
    print(e)
