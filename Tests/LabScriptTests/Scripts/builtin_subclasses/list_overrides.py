class Rounded(list):
    def append(self, x):
        super().append(round(x, 2))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Rounded(super().__getitem__(i))
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        super().__setitem__(i, round(v, 2))


r = Rounded()
for v in [1.234, 2.345, 3.456]:
    r.append(v)
print(r, r[0], r[1:], type(r[1:]).__name__, r[-1])
r[0] = 9.8765
print(r, max(r), sorted(r), r.index(9.88), r.count(2.35))
r.extend([1.11111])
print(r, len(r), r + [0], type(r + [0]).__name__)


class Contains(list):
    def __contains__(self, x):
        return super().__contains__(x) or x == "anything"


c = Contains([1, 2])
print(1 in c, 3 in c, "anything" in c, c.count("anything"))


class Reverse(list):
    def __iter__(self):
        return reversed(self[:])

    def __len__(self):
        return super().__len__() * 10


rv = Reverse([1, 2, 3])
print(list(rv), [x for x in rv], len(rv), rv, sum(rv), tuple(rv))


class Stack(list):
    def push(self, x):
        self.append(x)

    def pop(self, *args):
        value = super().pop(*args)
        print("popped", value)
        return value


s = Stack([1])
s.push(2)
s.pop()
s.pop(0)
print(s, s == [], isinstance(s, list))
