d = {}
for i, ch in enumerate("abcdef"):
    d[ch] = i
order = []
while d:
    order.append(d.popitem())
print(order)
d = {"x": 1, "y": 2, "z": 3}
d["x"] = 10
print(d.popitem(), d)
d["w"] = 0
d["y"] = 20
print(list(d.items()))
u = {"k1": 1}
u.update({"k2": 2}, k3=3)
u.update(k1="one")
print(u)
u.update()
u.update([])
print(u)
try:
    u.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.update([("a",)])
except ValueError as e:
    print(type(e).__name__, e)
a = {"p": 1}
b = a.copy()
b.update(a)
b.update({"p": 2})
print(a, b, a == b)
keys = ["one", "two", "three"]
idx = dict(zip(keys, range(len(keys))))
rev = {}
for k, v in idx.items():
    rev[v] = k
print(idx, rev)
print(dict.fromkeys(idx, "x") == {"one": "x", "two": "x", "three": "x"})
