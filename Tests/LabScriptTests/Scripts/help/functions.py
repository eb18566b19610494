# help() on functions: pydoc's header, signature and cleaned docstring.
def area(width, height=2, *rest, scale, **options):
    """Area of a rectangle.

    The width and height are multiplied, then scaled.
        An indented line stays indented.
    """
    return width * height * scale


def plain(a, b=None, c="text", d=(1, 2)):
    return a


def only_positional(x, y, /, z=3):
    "One-line docstring."


help(area)
help(plain)
help(only_positional)
help(lambda value, *, key=None: value)


def documented():
    """
        Leading blank line and indented first line.
    """


help(documented)
print(area.__doc__)
