from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): pass
    def describe(self): return f"{type(self).__name__}: {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
print(Sq(2).describe(), isinstance(Sq(1), Shape))
try: Shape()
except TypeError as e: print(e)
try: Half()
except TypeError as e: print(e)
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @staticmethod
    def helper(): return 1
class Impl(Base):
    @property
    def name(self): return "impl"
print(Impl().name, Impl.helper())
try: Base()
except TypeError as e: print(e)
class NotAbc:
    @abstractmethod
    def f(self): pass
print(type(NotAbc()).__name__)
