text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
import string
words = text.lower().translate(str.maketrans("", "", string.punctuation)).split()
print(len(words), "words,", len(set(words)), "unique")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:<10} {count:>3} {'#' * count}")
lengths = [len(w) for w in words]
mean = sum(lengths) / len(lengths)
var = sum((x - mean) ** 2 for x in lengths) / (len(lengths) - 1)
print(f"mean length {mean:.3f}, variance {var:.4f}, std {var ** 0.5:.4f}")
print("longest:", max(words, key=len), "| shortest:", min(words, key=len))
lines = text.split("\n")
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line[:30]!r}{'...' if len(line) > 30 else ''}")
by_letter = {}
for w in sorted(set(words)):
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in sorted(by_letter.items())})
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed(words[:4])), words[::7])
