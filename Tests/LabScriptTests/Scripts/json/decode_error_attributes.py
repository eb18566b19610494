# JSONDecodeError's attributes, and del of slices of lists and bytearrays.
import json
try: json.loads('{x')
except json.JSONDecodeError as e: print(repr(e.msg), e.pos, e.lineno, e.colno, repr(e.doc), e.args)
try: json.loads('[1,\n 2,,]')
except ValueError as e: print(type(e).__name__, e.msg, e.lineno, e.colno, e.pos)
b = bytearray(b"abcdefgh"); del b[1:7:2]; l = list(range(8)); del l[::3]; print(b, l)
