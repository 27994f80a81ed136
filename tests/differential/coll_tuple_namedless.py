t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2, len(t), 2 in t)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
print((), (1,), tuple(), tuple("ab"), tuple([1, [2]]), ((1, 2),), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)], max([(1, "z"), (2, "a")]))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
a = (1, [2])
a[1].append(3)
print(a)
x = 1,
print(x, type(x).__name__)
print(tuple(sorted((3, 1, 2))), sum((1, 2)), min((5, 4)), tuple(reversed((1, 2))))
print(divmod(7, 2), tuple(map(str, (1, 2))), tuple(zip((1, 2), "ab")))
print(repr((1,)), repr(("a",)), str(((),)), repr(((1,),)), repr((None, True)))
t2 = (0,) * 3
print(t2, t2 is not None, (1, 2)[-1], (1, 2, 3)[-2:], (1, 2, 3)[5:], (1, 2, 3)[slice(0, 2)])
print(isinstance((), tuple), tuple.__name__, (1, 2).__len__(), (1, 2).__getitem__(0))
