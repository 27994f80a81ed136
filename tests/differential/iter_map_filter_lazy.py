log = []
def tracked(x):
    log.append(x)
    return x * 10
m = map(tracked, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(m))
f = filter(lambda v: log.append(("f", v)) or v > 1, [1, 2, 3])
print(next(f), log[-2:])
z = zip(map(tracked, [4, 5]), "ab")
print(list(z))
e = enumerate(map(str, range(3)), 1)
print(next(e), list(e))
src = [1, 2, 3]
m2 = map(lambda v: v + 1, src)
src.append(4)
print(list(m2))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(5, [1])
    print(list(filter(5, [1])))
except TypeError as e:
    print(type(e).__name__, e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(zip(*[iter(range(6))] * 2)))
words = ["a", "bb", "ccc"]
lens = map(len, words)
print(sum(lens), sum(lens))
it = iter(range(10))
evens = filter(lambda x: x % 2 == 0, it)
print(next(evens), next(it), next(evens), list(it))
print(list(map(int.__add__, [1, 2], [10, 20])), list(map(str.strip, [" a ", "b "])), list(filter(str.isdigit, "a1b2")))
print(max(map(len, words)), min(filter(None, [0, 3, 2])), sorted(map(abs, [-3, 1, -2])))
