# Grades read from a file, categorised with an Enum and match, saved with pathlib.
from pathlib import Path
from enum import Enum
from statistics import mean


class Grade(Enum):
    A = (90, "excellent")
    B = (80, "good")
    C = (70, "fair")
    F = (0, "fail")

    def __init__(self, cutoff, label):
        self.cutoff = cutoff
        self.label = label

    @classmethod
    def of(cls, score):
        for g in cls:
            if score >= g.cutoff:
                return g
        return cls.F


data = Path("grades_tmp.csv")
data.write_text("name,score\nana,93\nben,78\ncal,85\ndia,61\neli,90\n")
rows = []
for line in data.read_text().splitlines()[1:]:
    match line.split(","):
        case [name, score] if score.isdigit():
            rows.append((name, int(score)))
        case bad:
            print("skip", bad)
by_grade = {}
for name, score in rows:
    g = Grade.of(score)
    by_grade.setdefault(g, []).append(name)
for g in Grade:
    names = by_grade.get(g, [])
    print(f"{g.name} ({g.label:>9}, >= {g.cutoff}): {', '.join(names) or '-'}")
print(Grade.A.value, Grade((80, "good")), mean(s for _, s in rows))
report = data.with_suffix(".txt")
report.write_text("".join(f"{n}: {Grade.of(s).name}\n" for n, s in rows))
print(report.read_text().count("\n"), report.name, report.stat().st_size)
data.unlink()
report.unlink()
print(data.exists(), report.exists())
