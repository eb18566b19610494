# An inventory with str/int/tuple subclasses and an Exception carrying data.
class SKU(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper().strip())

    @property
    def category(self):
        return self.split("-")[0]


class Quantity(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError(f"negative quantity {value}")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Quantity({int(self)})"


class Money(tuple):
    def __new__(cls, amount, currency="EUR"):
        return super().__new__(cls, (round(amount, 2), currency))

    def __str__(self):
        return f"{self[0]:.2f} {self[1]}"

    def __add__(self, other):
        return Money(self[0] + other[0], self[1])


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


stock = {SKU(" fr-apple "): Quantity(5), SKU("veg-leek"): Quantity(2)}
prices = {"FR-APPLE": Money(0.5), "VEG-LEEK": Money(1.25)}
print(stock, list(stock)[0].category, type(list(stock)[0]).__name__)
print(SKU("a-b") == "A-B", SKU("x") + "y", type(SKU("x") + "y").__name__, len(SKU(" ab ")))


def take(sku, n):
    sku = SKU(sku)
    have = stock.get(sku, Quantity(0))
    if n > have:
        raise OutOfStock(sku, n, have)
    stock[sku] = Quantity(have - n)
    return Money(prices[sku][0] * n)


total = Money(0)
for sku, n in [("fr-apple", 2), ("veg-leek", 1), ("veg-leek", 5), ("fr-apple", 3)]:
    try:
        cost = take(sku, n)
        total = total + cost
        print("took", n, sku, "for", cost)
    except OutOfStock as e:
        print("failed:", e, e.args, e.wanted - e.have, type(e).__name__)
print(total, repr(total), total[0], isinstance(total, tuple), stock)
try:
    Quantity(-1)
except ValueError as e:
    print("ValueError:", e)
q = Quantity(7)
print(q + 1, type(q + 1).__name__, q * 2, repr(q), str(q), f"{q:03d}", q == 7, hash(q) == hash(7))
try:
    raise OutOfStock("Z", 1, 0)
except Exception as e:
    print(repr(e), str(e), e.sku)
