import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]["k"] is a[2]["k"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for v in [None, 1, 2.5, True, "s", b"b", 3j, range(3), len, int, Ellipsis, frozenset({1})]:
    print(repr(v)[:20], copy.copy(v) is v, copy.deepcopy(v) is v)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
d = {"a": [1], "b": (2, [3])}
d2 = copy.deepcopy(d)
d2["a"].append(9); d2["b"][1].append(9)
print(d, d2)
print(copy.Error.__mro__[1] is Exception, copy.error is copy.Error, copy.__all__)
try:
    copy.copy(copy)
except TypeError as e:
    print("TypeError", e)
