words = "apple banana apple cherry banana apple date elderberry fig grape".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
by_first = {}
for w in words:
    by_first.setdefault(w[0], set()).add(w)
for k in sorted(by_first):
    print(k, sorted(by_first[k]))
by_len = {}
for w in sorted(set(words)):
    L = len(w)
    if L not in by_len:
        by_len[L] = []
    by_len[L].append(w)
print(by_len)
most = max(freq.items(), key=lambda kv: kv[1])
print("most common:", most)
hist = {}
for n in [1, 3, 2, 1, 3, 3, 5, 1]:
    hist[n] = hist.get(n, 0) + 1
for n in sorted(hist):
    print(n, "#" * hist[n])
totals = {}
sales = [("north", 10), ("south", 5), ("north", 7), ("east", 1), ("south", 2)]
for region, amount in sales:
    totals[region] = totals.get(region, 0) + amount
print(totals, sum(totals.values()))
