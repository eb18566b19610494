# Word count over 1M tokens: strip, lower, dict.get, sort.
import random

random.seed(1)
vocab = ["The", "cat", "sat,", "on", "the", "mat.", "A", "dog", "Ran!", "quickly", "Away;", "and",
         "then", "slept", "(happily)", "under", "tree", "Tree", "sun", "rain"]
words = [random.choice(vocab) for _ in range(200_000)]
text = " ".join(words)

counts = {}
for _ in range(5):
    for token in text.split():
        word = token.strip(".,;!()").lower()
        counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:10]:
    print(f"{word:10s} {n}")
print(len(counts))
