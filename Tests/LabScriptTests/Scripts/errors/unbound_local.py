count = 0
def increment():
    count += 1
    return count
try:
    increment()
except UnboundLocalError as e:
    print(e)
def f():
    print(x)
    x = 1
f()
