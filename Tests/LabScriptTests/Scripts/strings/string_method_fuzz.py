import random
random.seed(5)
alphabet = "ab c\t\n,é-_.A1"
for _ in range(60):
    s = "".join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
    t = random.choice(["a", "b", ",", " ", "ab", "é", "-_"])
    print(repr(s), s.split(), s.split(t), s.split(t, 1), s.rsplit(t, 1), s.strip(), s.strip(t), s.lstrip(" a"), s.rstrip("b\n"),
          s.find(t), s.rfind(t), s.count(t), s.replace(t, "X"), s.replace(t, "", 1), s.partition(t), s.rpartition(t),
          s.upper(), s.title(), s.capitalize(), s.swapcase(), s.startswith(t), s.endswith(t), s.center(15, "*"),
          s.zfill(8), s.isalpha(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.splitlines(), s.expandtabs(4),
          s[::2], s[1:-1], s[-3:], s.ljust(5, "."), s.rjust(5), s.index(t) if t in s else -2, f"{s:>10}|{s!r:^20}|")
