for b, e, m in [(3, -1, 7), (2, -3, 11), (38, -1, 97), (-3, -1, 7), (3, -2, -7), (5, -1, 1), (3, -1, -1), (2, 10, 1000), (7, -5, 2 ** 61 - 1)]:
    print(pow(b, e, m))
for b, e, m in [(2, -1, 4), (0, -1, 5)]:
    try:
        pow(b, e, m)
    except ValueError as err:
        print("ValueError:", err)
for s in [slice(1, 10, 2), slice(None, None, -1), slice(-3, None), slice(-100, 100), slice(5, 1, -2), slice(None, -1, 3), slice(10 ** 30, None)]:
    print(s.indices(5), s.indices(0), range(7)[s])
for bad in [lambda: slice(None, None, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice("a").indices(3)]:
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
