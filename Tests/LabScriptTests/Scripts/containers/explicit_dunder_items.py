# Explicit __setitem__/__delitem__ calls on mutable containers, and the errors on immutable ones.
import datetime

items = [1, 2, 3]
items.__setitem__(0, 10)
items.__delitem__(2)
print(items)
table = {"a": 1}
table.__setitem__("b", 2)
table.__delitem__("a")
print(table)
print(datetime.datetime(2024, 5, 17, 8, 30).tzinfo, datetime.time(9, 15).tzinfo)
for value in [(1, 2), "ab"]:
    try:
        value.__setitem__(0, 9)
    except AttributeError as error:
        print(type(error).__name__, error)
