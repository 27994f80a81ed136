words = ["apple", "banana", "avocado", "cherry", "blueberry", "apricot"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()})
print({w: len(w) for w in words if len(w) > 5})
print(sorted({len(w) for w in words}), sorted({w[0] for w in words}))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x, 3)])
print({x % 3: x for x in range(10)})
print(dict.fromkeys(sorted(set("hello"))))
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({k: {ik: iv * 10 for ik, iv in v.items()} for k, v in nested.items()})
print([y for x in [[1, [2]], [3]] for y in x])
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list({3: None, 1: None, 2: None}), list(dict.fromkeys([3, 1, 3, 2, 1])))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, {"a": 1} | {"a": 2}, len(merged))
d = {"x": 1}
d |= [("y", 2)]
print(d)
try:
    d | [("z", 3)]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({frozenset({1, 2}), frozenset({2, 1})}, key=len), {(1, 2): "t"}.get((1, 2)))
s = {n for n in range(10) if n % 3 == 0}
print(sorted(s), 9 in s, 10 in s)
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()) % 1000, list(big)[-3:])
for k in list(big):
    if k % 2:
        del big[k]
print(len(big), list(big)[:5])
