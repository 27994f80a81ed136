a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]], d = [[1, [2, 3, 4]], 5]
print(a, b, c, d)
*all_, = {3: "x"}
print(all_)
first, *_, last = iter(range(10))
print(first, last, _)
for x, *ys in [(1, 2, 3), (4,), "ab"]:
    print(x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print(type(e).__name__, e)
x = y = z = [0]
print(x is y is z)
a, b = b, a = 1, 2
print(a, b)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
d = {}
d["k"], d["j"] = "v", "w"
print(d)
class O: pass
o = O()
o.a, o.b = divmod(17, 5)
print(o.a, o.b)
s = [1, 2, 3, 4]
s[1:3], s[0] = ["a", "b", "c"], "z"
print(s)
print([*range(3), *"ab", *{"k": 1}])
print((*[1], *(2, 3)))
print({*[1, 2], *(2, 3)} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = "abc"
print(c, b, a)
(a,) = [42]
[b] = (43,)
print(a, b)
