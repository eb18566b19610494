import math
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), {1: nan} == {1: nan}, nan in [nan], [math.nan] == [math.nan], nan == nan)
print([1.0, nan].index(nan), [nan, nan].count(nan), (0.5, nan) < (0.5, nan))
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (1e300).hex(), (0.0).hex(), (5e-324).hex(), (-2.5).hex())
print(float("inf").hex(), float("-inf").hex(), float.fromhex("0x1.8p1"), float.fromhex((3.14).hex()) == 3.14)
