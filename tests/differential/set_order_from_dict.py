# Sets from dicts (the dict's keys with their stored hashes, after one resize) and
# dict views' set operations.
d = {k: k * 2 for k in [33, 1, 65, 97, 2, 129, 5]}
print(set(d), set(d.keys()), set(d.items()), frozenset(d))
e = {k: 0 for k in [65, 1000, 7]}
print(d.keys() & e.keys(), e.keys() & d.keys())
print(d.keys() | e.keys(), e.keys() | d.keys())
print(d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.keys() & {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5} & d.keys())
print(d.keys() | [300, 301], [300, 301] | d.keys())
print(d.keys() - [1, 2], {1, 2, 700} - d.keys())
print(d.keys() ^ {1, 500}, {1, 500} ^ d.keys())
f = {1: "a", 2: "b", 3: "c"}
g = {2: "b", 3: "x", 4: "d"}
print(sorted(f.items() ^ g.items()), f.items() & g.items(), len(f.items() | g.items()))
print(set(range(10)) - d, set(range(200)) - {1: 0})
s = set()
s.update(d)
print(s)
print(d.keys().isdisjoint([1000]), d.keys().isdisjoint({33}))
