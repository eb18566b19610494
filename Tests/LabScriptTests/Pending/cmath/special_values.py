# cmath on infinite and nan parts: CPython answers from its special-value tables; labrun stops
# with NotImplementedError naming the function.
import cmath
print(cmath.sqrt(4j))
print(cmath.sqrt(complex(float("inf"), 1)))
print(cmath.exp(cmath.nanj))
