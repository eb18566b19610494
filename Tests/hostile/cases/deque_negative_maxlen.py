# error: ValueError: maxlen must be non-negative
from collections import deque
deque(maxlen=-1)
