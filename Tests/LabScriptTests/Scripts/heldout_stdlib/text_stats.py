import re
import string
import textwrap
from collections import Counter, ChainMap, OrderedDict
from itertools import islice, groupby

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct
the other way -- in short, the period was so far like the present period, that some
of its noisiest authorities insisted on its being received, for good or for evil,
in the superlative degree of comparison only."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), "words,", len(set(words)), "distinct")
freq = Counter(words)
print(freq.most_common(8))
stop = {"the", "of", "it", "was", "we", "in", "to", "on", "for", "or", "its", "so", "that", "had", "all", "us"}
content = Counter(w for w in words if w not in stop)
print(content.most_common(6))
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) for b, _ in bigrams.most_common(4)])
by_len = {k: sorted(set(g)) for k, g in groupby(sorted(words, key=len), key=len)}
print({k: v[:3] for k, v in by_len.items() if k >= 9})
sentences = [s.strip() for s in re.split(r"[,.;]|--", TEXT) if s.strip()]
print(len(sentences), "clauses; longest:", max(sentences, key=len).replace("\n", " "))
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print("capitalised:", caps)
print(textwrap.fill(" ".join(TEXT.split()), width=60, initial_indent="> ", subsequent_indent="> "))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
table = str.maketrans("", "", string.punctuation)
cleaned = TEXT.translate(table).split()
print(cleaned[:8], len(cleaned))
defaults = {"width": 40, "bullet": "*", "upper": False}
user = {"bullet": "-"}
settings = ChainMap(user, defaults)
for w, n in islice(content.most_common(), 5):
    label = w.upper() if settings["upper"] else w
    print(f"{settings['bullet']} {label:<12}{'=' * n}")
settings = settings.new_child({"upper": True})
print(settings["upper"], settings.parents["upper"], dict(settings))
vowels = OrderedDict((v, sum(w.count(v) for w in words)) for v in "aeiou")
vowels.move_to_end("a")
print(vowels)
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, string.capwords("the tale of two cities"), f"{'centered':^20}|")
