# complex() from numbers, strings and objects, with CPython's errors.
print(complex(), complex(1), complex(2.5), complex(1, 2), complex(1.5, -2), complex(True, False))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=3, imag=4), complex(imag=2), complex(10 ** 20))
for text in ["1+2j", " 3.5-4j ", "(1+2j)", "( -1.5e3+2E-2J )", "j", "-j", "+J", "5j", "1e5", "inf+nanj",
             "-infinity-infj", "1_000+2_0j", "1+j", "2-j", ".5+.5j", "1.e2j", "NaN"]:
    print(repr(text), complex(text))
for text in ["", "1+2", "1 + 2j", "j1", "(1+2j", "1+2jj", "1__0j", "_1j", "abc", "1+2j)", "()", "1e+j"]:
    try:
        complex(text)
    except ValueError as e:
        print(repr(text), "ValueError:", e)


class WithComplex:
    def __complex__(self):
        return 7 - 1j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 4


class Bad:
    def __complex__(self):
        return 1


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
for args in [("1", 2), (1, "2"), ([],), (1, None), (Bad(),), (1, 2, 3)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(1, real=2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
