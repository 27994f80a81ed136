l = [5, 3, 8, 1]
l.insert(0, 0); l.insert(100, 9); l.insert(-100, -1); l.insert(-1, 7)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(8)
print(l, l.index(3), l.count(5), l.index(5, 1), l[::-1])
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [][0], lambda: [1][-2]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
s = list(range(10))
s[2:5] = []
print(s)
s[::3] = ["a", "b", "c"]
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
s[1:1] = "xyz"
print(s)
del s[::4]
print(s)
s[len(s):] = [100]
print(s, s[-1:-4:-1], s[100:], s[-100:2])
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
good = [[0] * 2 for _ in range(2)]
good[0][0] = 1
print(good)
print([1, 2] * 2, [] * 5, [1, [2]] + [[3]], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [3] > [2, 9])
a = [3, 1, 2]
print(sorted(a), a, a.sort(), a, a.reverse(), a)
print(list("ab"), list({"k": 1}), list(range(3)), list((1,)), list())
a.extend(range(2)); a.extend("xy"); print(a)
a.clear(); print(a, len(a))
c = [1, [2, 3]]
d = c.copy()
d[1].append(4)
print(c, d, c == d, c is d)
print([1, 2, 3].__contains__(2), [0] * -1, list(reversed([1, 2, 3])), [x for x in [] if x])
try:
    [1, 2].sort(key=lambda x: "a" if x == 1 else 0)
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(5))
print(big[slice(1, None, 2)], big[slice(-2, None)], big[True], big[False:True])
print(max([1, 5, 3]), min(["b", "a"]), sum([[1], [2]], []), [1, 2, 3].index(3, -1))
