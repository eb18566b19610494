import statistics
from collections import namedtuple, defaultdict
from functools import reduce
from operator import attrgetter, itemgetter
import math

Score = namedtuple("Score", "student course grade weight")
raw = [
    ("ana", "math", 91, 4), ("ana", "art", 78, 2), ("ana", "bio", 85, 3),
    ("ben", "math", 67, 4), ("ben", "art", 95, 2), ("ben", "bio", 72, 3),
    ("cy", "math", 88, 4), ("cy", "art", 82, 2), ("cy", "bio", 90, 3),
    ("di", "math", 55, 4), ("di", "art", 61, 2), ("di", "bio", 58, 3),
]
scores = [Score(*r) for r in raw]

def letter(g):
    for cutoff, mark in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if g >= cutoff:
            return mark
    return "F"

per_student = defaultdict(list)
for s in scores:
    per_student[s.student].append(s)
print(f"{'student':<8}{'gpa':>7}{'mean':>7}  letters")
for student, rows in sorted(per_student.items()):
    wsum = sum(r.weight for r in rows)
    gpa = sum(r.grade * r.weight for r in rows) / wsum
    letters = "".join(letter(r.grade) for r in sorted(rows, key=attrgetter("course")))
    print(f"{student:<8}{gpa:>7.2f}{statistics.mean(r.grade for r in rows):>7.2f}  {letters}")

by_course = defaultdict(list)
for s in scores:
    by_course[s.course].append(s.grade)
for course, grades in sorted(by_course.items()):
    print(course, statistics.median(grades), round(statistics.pstdev(grades), 3), max(grades) - min(grades))

grades = [s.grade for s in scores]
mu, sigma = statistics.mean(grades), statistics.stdev(grades)
z = {s.student + "/" + s.course: round((s.grade - mu) / sigma, 2) for s in scores}
print(sorted(z.items(), key=itemgetter(1))[:3])
curve = statistics.NormalDist(mu, sigma)
print([(g, round(curve.cdf(g) * 100)) for g in (55, 70, 85, 95)])
best = max(scores, key=attrgetter("grade"))
print(best, best._asdict())
print(reduce(math.gcd, [s.weight for s in scores]), math.fsum(s.grade / 12 for s in scores))
ranked = sorted(per_student, key=lambda st: -statistics.fmean([r.grade for r in per_student[st]], weights=[r.weight for r in per_student[st]]))
print(ranked)
print(statistics.correlation([s.grade for s in scores if s.course == "math"], [s.grade for s in scores if s.course == "bio"]))
print(statistics.linear_regression([1, 2, 3, 4], [s.grade for s in scores if s.course == "art"]))
print(statistics.multimode(letter(g) for g in grades), statistics.harmonic_mean([91, 78, 85]))
