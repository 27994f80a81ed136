text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3d} {'*' * n}")
print(sorted(counts)[:5])
once = []
for w, n in counts.items():
    if n == 1:
        once.append(w)
print("hapax:", sorted(once))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for L in sorted(lengths):
    print(L, sorted(lengths[L]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5]
print(top)
