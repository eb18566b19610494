# Generators: generator functions, expressions, yield from.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(n):
    for x in count_up(n):
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


total = 0
for k in range(20):
    total += sum(evens(20_000))
    total += sum(x * x for x in range(10_000))
    total += len(list(chain(range(1000), count_up(1000))))
print(total)
