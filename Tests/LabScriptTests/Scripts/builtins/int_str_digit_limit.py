import json
import sys

def attempt(label, f):
    try:
        result = f()
        print(label, "->", result if len(str(result)) < 60 else len(str(result)))
    except ValueError as e:
        print(label, "ValueError:", e)

print(sys.get_int_max_str_digits())
attempt("str 4300 digits", lambda: str(10**4299))
attempt("str 4301 digits", lambda: str(10**4300))
attempt("str negative 4300", lambda: str(-(10**4299)))
attempt("repr huge", lambda: repr(7**100000))
attempt("f-string", lambda: f"{10**5000}")
attempt("json", lambda: json.dumps([10**5000]))
attempt("int 4300 digits", lambda: int("9" * 4300) % 1000)
attempt("int 5000 digits", lambda: int("1" * 5000))
attempt("int with underscores", lambda: int("1_0" * 2200))
attempt("hex is unlimited", lambda: int("f" * 5000, 16) % 1000)
attempt("hex() is unlimited", lambda: len(hex(10**5000)))
attempt("set too low", lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(0)
attempt("unlimited", lambda: len(str(10**5000)))
sys.set_int_max_str_digits(5000)
attempt("raised limit", lambda: len(str(10**4999)))
attempt("raised limit exceeded", lambda: int("1" * 5001))
