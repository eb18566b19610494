# abc.ABCMeta as a metaclass, and the metaclass of ABC subclasses.
from abc import ABC, ABCMeta, abstractmethod


class Model(metaclass=ABCMeta):
    @abstractmethod
    def forward(self, x):
        ...

    def __call__(self, x):
        return self.forward(x)


class Double(Model):
    def forward(self, x):
        return 2 * x


print(Double()(21), type(Model), type(Double), isinstance(Double(), Model), isinstance(Model, ABCMeta))
try:
    Model()
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    @abstractmethod
    def run(self):
        ...


class Half(Base):
    pass


print(type(Base), type(ABC), issubclass(Base, ABC))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


print(type(Plain))

