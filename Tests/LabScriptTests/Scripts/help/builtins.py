# help() on built-ins and names: CPython's signatures and one-line summaries.
help(len)
help(abs)
help("len")
help("no_such_name_anywhere")
help("no_such_module.attribute")
x = help(len)
print(x)
help(request=abs)
for call in (lambda: help(topic=len), lambda: help(len, abs), lambda: help(len, request=abs)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
import math
help(math.sqrt)
help("math.sqrt")
print(len.__doc__)
print(math.floor.__doc__ is None, math.floor.__module__)
