# help() on classes: title, signature, docstring, MRO and the attributes grouped by kind.
class Point:
    """A point in the plane."""

    dimensions = 2
    label = "a label that is long enough to be cut off at seventy characters wide, surely"

    def __init__(self, x, y=0):
        """Make a point."""
        self.x = x
        self.y = y

    def norm(self, *, squared=False):
        """Length of the vector from the origin.

        Pass squared=True to skip the square root.
        """
        return self.x * self.x + self.y * self.y

    def _hidden(self):
        pass

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return self.x == other.x

    def __len__(self):
        return 2

    @staticmethod
    def origin():
        "The origin."
        return Point(0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @property
    def size(self):
        "The size."
        return 1

    @property
    def area(self):
        return 0

    @area.setter
    def area(self, value):
        pass


class Labelled(Point):
    def describe(self, prefix=">"):
        "Describe the point."
        return prefix


class Empty:
    pass


class Slotted:
    "Has slots."
    __slots__ = ("a", "b")

    def get(self):
        return self.a


help(Point)
help(Labelled)
help(Empty)
help(Slotted)
help(Point(1, 2))
help(Point(1).norm)
help(Point.norm)
help(Point.from_pair)
print(Point.__init__.__doc__, Point.__repr__.__doc__, Point.norm.__doc__.splitlines()[0], Empty.__doc__)
