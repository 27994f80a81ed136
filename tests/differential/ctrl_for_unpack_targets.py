pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)

for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)

for *init, last in ["abc", "xy"]:
    print(init, last)

d = {}
for d["k"] in range(3):
    pass
print(d)

lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)

class Obj:
    pass
o = Obj()
for o.attr in [10, 20]:
    pass
print(o.attr)

for k, v in sorted({"z": 1, "a": 2}.items()):
    print(k, v)

for i, (k, v) in enumerate({"p": 1, "q": 2}.items(), 1):
    print(i, k, v)

try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b, c in [(1, 2)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
