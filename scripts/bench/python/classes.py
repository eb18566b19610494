# Class-heavy code: inheritance, super(), dunder methods, isinstance.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def __repr__(self):
        return f"Circle({self.r})"


shapes = []
for i in range(40_000):
    k = i % 3
    if k == 0:
        shapes.append(Rect(i % 7 + 1, i % 5 + 1))
    elif k == 1:
        shapes.append(Square(i % 9 + 1))
    else:
        shapes.append(Circle(i % 4 + 1))
total = 0.0
circles = 0
for s in shapes:
    total += s.area()
    if isinstance(s, Circle):
        circles += 1
print(round(total, 3), circles, max(shapes[:1000]).area(), len([s for s in shapes if isinstance(s, Rect)]))
