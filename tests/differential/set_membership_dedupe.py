vals = [5, 3, 5, 1, 3, 9, 1, 1]
uniq_in_order = []
seen = set()
for v in vals:
    if v not in seen:
        seen.add(v)
        uniq_in_order.append(v)
print(uniq_in_order, len(seen))
print(1 in seen, 2 in seen, 1.0 in seen, True in seen)
mixed = {1, "1", 1.0, (1,), frozenset([1])}
print(len(mixed), "1" in mixed, (1,) in mixed, frozenset({1}) in mixed)
print(len({0, False, 0.0, -0.0}), len({"a", "A", "a"}), len(set("hello world")))
vowels = set("aeiou")
text = "programming in python"
found = set()
for ch in text:
    if ch in vowels:
        found.add(ch)
print(sorted(found), sorted(vowels - found))
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 2]) == {2, 1}, set("abc") == set("cba"), {1, 2} != {1, 2, 3})
emails = ["A@x.com", "a@x.com", "b@y.org", "B@Y.org"]
norm = set()
for e in emails:
    norm.add(e.lower())
print(sorted(norm))
