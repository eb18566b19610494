import statistics
from collections import namedtuple, OrderedDict

Student = namedtuple("Student", "name scores")
students = [
    Student("Ann", [88, 92, 79]),
    Student("Ben", [72, 65, 80]),
    Student("Cid", [95, 98, 91]),
    Student("Dee", [60, 70, 65]),
    Student("Eve", [88, 91, 80]),
]


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


report = OrderedDict()
for s in sorted(students, key=lambda s: (-statistics.mean(s.scores), s.name)):
    avg = statistics.mean(s.scores)
    report[s.name] = (round(avg, 1), letter(avg))
for name, (avg, grade) in report.items():
    print(f"{name:<5}{avg:>6}{grade:>3}")
all_scores = [x for s in students for x in s.scores]
print(statistics.median(all_scores), statistics.mode(all_scores), round(statistics.stdev(all_scores), 3))
print(statistics.quantiles(all_scores, n=4))
grades = [g for _, g in report.values()]
print({g: grades.count(g) for g in sorted(set(grades))})
best = max(students, key=lambda s: max(s.scores))
print(best, best._asdict(), best._replace(name="X").name)
print(list(zip(*[s.scores for s in students]))[0])
print(Student._fields, Student._make(["Zed", []]))
curved = {s.name: [min(100, x + 5) for x in s.scores] for s in students}
print(curved["Cid"], sum(map(sum, curved.values())))
