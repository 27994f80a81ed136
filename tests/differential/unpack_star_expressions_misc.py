def f(*args, sep="-"):
    return sep.join(map(str, args))
print(f(*range(3), *"ab", sep="+"), f(), f(*[], sep="!"))
a = [1, 2]
b = (3,)
print([*a, *b, *{4: 0}], (*a,), {*a, *b}, {**{"x": 1}, "y": 2})
print(*a, *b)
print([*range(2)] * 2, [*"ab", *[]], (*"xy", 9))
first, *others = [*a, *b]
print(first, others)
def kw(**k):
    return k
print(kw(**{"a": 1}, **{"b": 2}), kw(**dict(c=3)))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub])
print(max(*[3, 9, 2]), min(*"cab"), sum([*range(5)]))
t = (1, 2, 3)
print(f"{[*t]}", str((*t, 4)))
print(dict([*zip("ab", [1, 2])]), list(zip(*[(1, "a"), (2, "b")])))
x, *y = *"hi", "!"
print(x, y)
for *init, last in [(1, 2, 3), (4,)]:
    print(init, last)
print([*{"k": 1}.items()], [*map(str, (1, 2))], [*filter(None, [0, 1])])
def pos_only(a, b, /):
    return a - b
print(pos_only(*[10, 3]))
try:
    pos_only(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
