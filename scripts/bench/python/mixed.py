# A mixed loop/call/dict/string program, like a data-preparation cell.
def normalize(s):
    return s.strip().lower().replace("-", " ")


def featurize(record):
    words = normalize(record["text"]).split()
    return {"n": len(words), "first": words[0] if words else "", "label": record["label"]}


records = []
for i in range(60_000):
    records.append({"text": f"  Sample-{i % 97} text-number {i % 13} END ", "label": i % 3})

by_label = {}
lengths = 0
for r in records:
    f = featurize(r)
    lengths += f["n"]
    by_label.setdefault(f["label"], []).append(f["first"])

print(lengths)
for label in sorted(by_label):
    print(label, len(by_label[label]), by_label[label][:2])
