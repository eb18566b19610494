it = iter([1, 2])
print(it.__next__(), next(it), next(it, None))
e = enumerate("ab")
print(e.__next__(), list(e))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for i, v in enumerate(Countdown(2)):
    print(i, v)
print(list(zip(Countdown(3), "xyz")), dict(zip("ab", Countdown(2))))
print(list(map(lambda x: x + 1, Countdown(3))), sorted(Countdown(4)), max(Countdown(5)))
nums = iter(range(10))
print([next(nums) for _ in range(3)], list(nums)[:2])
exit("stopping")
