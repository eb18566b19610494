class Account:
    __count = 0
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def deposit(self, amt):
        self.__balance += amt
        return self.__check()
    def __check(self):
        return self.__balance >= 0
    @property
    def balance(self):
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
a = Account("ann", 10)
print(a.deposit(5), a.balance, Account.count(), a._Account__balance, sorted(k for k in vars(a)))
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
class Savings(Account):
    def peek(self):
        return self.__balance
try:
    Savings("b", 1).peek()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "__balance"), getattr(a, "_Account__balance"), "_Account__check" in dir(Account))
