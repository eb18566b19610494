def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def late_binding():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in late_binding()])

total = 0
def add_to_total(n):
    global total
    total += n
    return total

add_to_total(5)
add_to_total(7)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def accumulator(start):
    values = [start]
    def add(v):
        values.append(v)
        return sum(values)
    return add

acc = accumulator(10)
print(acc(1), acc(2), acc(3))

def make_adders():
    adders = {}
    for name, amount in [("one", 1), ("ten", 10)]:
        def adder(x, amount=amount):
            return x + amount
        adders[name] = adder
    return adders

adders = make_adders()
print(adders["one"](5), adders["ten"](5))

def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x

print(shadow())

def counter_gen():
    state = {"n": 0}
    def bump():
        state["n"] += 1
        return state["n"]
    return bump

b = counter_gen()
b()
print(b(), b())
x = 5
def read_global():
    return x * 2
print(read_global())
def comp_closure():
    factor = 3
    return [v * factor for v in range(4)], {k: k * factor for k in "ab"}
print(comp_closure())
