# help() on built-ins and names: CPython's signatures and one-line summaries.
help(len)
help(abs)
help("len")
help("no_such_name_anywhere")
help("no_such_module.attribute")
x = help(len)
print(x)
