csv = "name,age,city\nann,31,paris\nbob,25,rome\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
print(header, data)
records = [dict(zip(header, r)) for r in data]
print(records, [int(r["age"]) for r in records])
print(", ".join(f"{r['name']}({r['age']})" for r in records))
print("a,,b,".split(","), ",a,".split(","), "".split(","), "".split(), "  ".split(), "a  b".split(" "))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a-b-c".rsplit("-", 1), "x".split("x"))
print("line1\nline2\n".split("\n"), "line1\nline2\n".splitlines(), "\n".join(["a", "b"]), "|".join([]))
path = "/home/user/data/file.tar.gz"
print(path.split("/")[-1], path.rsplit(".", 2), path.partition("/data/"), path.rpartition("."))
sentence = "  The   rain in   Spain  "
print(sentence.split(), " ".join(sentence.split()), sentence.strip().split(" "), len(sentence.split()))
print("key=value=more".split("=", 1), "a:b:c".split(":", 0), "a:b:c".split(":", -1))
print("abc".join("xyz"), "-".join(str(i) for i in range(4)), "".join(reversed("stressed")))
text = "one two three two one"
print(text.count("two"), text.find("two"), text.rfind("two"), text.replace("two", "2"), text.index("three"))
print([w.capitalize() for w in text.split()], text.title().swapcase(), text.upper().lower() == text)
print("tab\tsep".split("\t"), "mixed \t white\n space".split(), "a\u00a0b".split())
