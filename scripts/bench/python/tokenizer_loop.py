# Tokenization helpers: character classes, a vocabulary, encode/decode loops.
text = ("Hello, world! The quick brown fox (aged 3) jumps over 12 lazy dogs; "
        "isn't it grand? Yes -- it is.\n") * 800


def tokenize(s):
    tokens = []
    word = []
    for ch in s:
        if ch.isalnum() or ch == "'":
            word.append(ch)
        else:
            if word:
                tokens.append("".join(word))
                word = []
            if not ch.isspace():
                tokens.append(ch)
    if word:
        tokens.append("".join(word))
    return tokens


tokens = tokenize(text)
vocab = {}
for t in tokens:
    if t not in vocab:
        vocab[t] = len(vocab)
ids = [vocab[t] for t in tokens]
inverse = {i: t for t, i in vocab.items()}
decoded = " ".join(inverse[i] for i in ids[:40])
print(len(tokens), len(vocab), sum(ids) % 100003)
print(decoded)
