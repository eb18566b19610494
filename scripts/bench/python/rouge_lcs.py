# A ROUGE-L-like longest-common-subsequence loop over token lists.
import random

random.seed(3)
vocab = "the a cat dog sat on mat ran to of in and is was".split()


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            if x == y:
                cur.append(prev[j] + 1)
            else:
                cur.append(max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(ref, hyp):
    r, h = ref.split(), hyp.split()
    m = lcs(r, h)
    if m == 0:
        return 0.0
    p, q = m / len(h), m / len(r)
    return 2 * p * q / (p + q)


pairs = []
for _ in range(60):
    ref = " ".join(random.choice(vocab) for _ in range(60))
    hyp = " ".join(random.choice(vocab) for _ in range(55))
    pairs.append((ref, hyp))
scores = [rouge_l(r, h) for r, h in pairs]
print(round(sum(scores) / len(scores), 6))
