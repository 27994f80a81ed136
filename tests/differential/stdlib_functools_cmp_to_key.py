import functools


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha), reverse=True))
print(sorted([5, 1, 4], key=functools.cmp_to_key(lambda x, y: y - x)))
print(min(words, key=functools.cmp_to_key(by_length_then_alpha)), max(words, key=functools.cmp_to_key(by_length_then_alpha)))
K = functools.cmp_to_key(lambda x, y: x - y)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= K(1), k2 >= K(3), k1.obj, k2.obj)
print(type(k1).__name__, type(K).__name__, type(k1))
k1.obj = 10
print(k1 > k2, k1.obj)
calls = []


def tracing(a, b):
    calls.append((a, b))
    return a - b


print(sorted([3, 1, 2], key=functools.cmp_to_key(tracing)), len(calls) > 0)
words.sort(key=functools.cmp_to_key(lambda a, b: (a[-1] > b[-1]) - (a[-1] < b[-1])))
print(words)


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: k1 < 5)
show(lambda: hash(k1))
show(lambda: functools.cmp_to_key())
show(lambda: K())
show(lambda: functools.cmp_to_key(mycmp=lambda a, b: 0)(1) == K(1))
show(lambda: sorted([1, "a"], key=functools.cmp_to_key(lambda a, b: a - b)))
