class Lower(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = Lower()
d["A"] = 1
d["b"] = 2
print(d, d["a"], d["B"], "A" in d, "a" in d, "z" in d)
# Built-in methods do not call the overrides.
print(d.get("A"), d.get("a"), d.setdefault("C", 3), d)
d.update(D=4)
print(d, dict.__getitem__(d, "a"))
del d["B"]
print(d, len(d), list(d), sorted(d.items()))


class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


m = Missing()
print(m["abc"], m["x"], m, m.get("zz"), "zz" in m)


class Logged(dict):
    log = []

    def __getitem__(self, key):
        Logged.log.append(key)
        return dict.__getitem__(self, key)


g = Logged(a=1, b=2)
print(g["a"], [g[k] for k in g], Logged.log, g.get("b"), Logged.log)
print(f"{g['a']}", g.pop("a"), g, Logged.log)


class Counted(dict):
    def __len__(self):
        return 99

    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))


c = Counted(x=1, y=2, z=3)
print(len(c), list(c), [k for k in c], bool(Counted()), c)
