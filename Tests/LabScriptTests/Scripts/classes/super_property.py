# super() finds a parent's property and runs its getter on the instance; on the class it gives the
# property itself.
class Item:
    def __init__(self, price, qty):
        self.price = price
        self._qty = qty

    @property
    def qty(self):
        return self._qty

    @property
    def value(self):
        return self.price * self.qty


class Perishable(Item):
    def __init__(self, price, qty, days_left):
        super().__init__(price, qty)
        self.days_left = days_left

    @property
    def value(self):
        base = super().value
        return base * 0.5 if self.days_left <= 2 else base

    @classmethod
    def parent_value(cls):
        return super().value


class Labelled(Perishable):
    @property
    def value(self):
        return f"value={super().value}"


print(Item(2.5, 4).value, Perishable(2.5, 4, 1).value, Perishable(2.5, 4, 9).value)
print(Labelled(3, 3, 2).value)
print(type(Perishable.parent_value()).__name__)
try:
    print(super(Item, Item(1, 1)).value)
except AttributeError as e:
    print("AttributeError", e)
