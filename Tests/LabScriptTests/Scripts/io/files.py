path = "labscript_test_file.txt"
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third line", file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "a") as f:
    f.write("appended ✓\n")
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
f = open(path)
lines = f.read().splitlines()
f.close()
print(lines, f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno)
import os
print(os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
try:
    os.path.getsize(path)
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno)
import json
with open("data.json", "w") as f:
    json.dump({"k": [1, 2]}, f, indent=2)
with open("data.json") as f:
    print(json.load(f), end="\n\n")
os.remove("data.json")
