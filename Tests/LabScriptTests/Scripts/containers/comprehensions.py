matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print({(x, y) for x in range(3) for y in range(x)}, {x: [y for y in range(x)] for x in range(4)})
print([x if x % 2 else -x for x in range(6)], [y for x in [[1, 2], [3]] for y in x])
print(sum(1 for line in ["a", "", "b"] if line), next(x for x in range(10) if x > 6))
print(list(zip(*[iter(range(6))] * 2)), dict(enumerate("abc")))
gen = (i * i for i in range(4))
print(list(gen), list(gen))
nested = [[j * 10 + i for i in range(3)] for j in range(2)]
print(nested, [v for sub in nested for v in sub if v % 2 == 0])
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
people = [{"name": n, "age": a} for n, a in zip(names, ages)]
print(people, sorted(people, key=lambda p: p["age"]), [p["name"] for p in people if p["age"] > 28])
print({p["name"]: p["age"] for p in people}, max(people, key=lambda p: p["age"])["name"])
counts = {c: "mississippi".count(c) for c in sorted(set("mississippi"))}
print(counts, [k for k, v in counts.items() if v == max(counts.values())])
print([(i, j) for i in range(3) for j in range(3) if i < j if (i + j) % 2])
print([len(w) for w in "a bb ccc".split()], {len(w) for w in "a bb cc".split()})
x = 10
print([x for x in range(3)], x)
print([[0] * 3 for _ in range(2)], [(lambda v: v * 2)(k) for k in range(3)])
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))), list(filter(str.isupper, "aBcD")))
print(sorted({3: "c", 1: "a"}.items()), [k for k in {"z": 1, "y": 2}], list({"a": 1}.values()))
