scores = {"ann": 88, "bob": 72, "cy": 95, "di": 72}
for name in scores:
    print(name, scores[name])
best = None
for name, s in scores.items():
    if best is None or s > scores[best]:
        best = name
print("best", best)
by_score = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_score)
inverted = {}
for name, s in scores.items():
    inverted.setdefault(s, []).append(name)
print(inverted)
print(sum(scores.values()), max(scores, key=scores.get), min(scores.values()))
filtered = {}
for k, v in scores.items():
    if v >= 80:
        filtered[k] = v
print(filtered)
for k in list(scores):
    if scores[k] < 80:
        del scores[k]
print(scores)
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
print(list(enumerate({"p": 0, "q": 0})))
counts = {}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
