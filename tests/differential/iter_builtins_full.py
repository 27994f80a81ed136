print(list(zip("abc", [1, 2])), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(enumerate("ab", start=10)), list(enumerate([], 5)), list(enumerate("x", -1)))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max("b", "a"), min([4, 2], key=lambda x: -x), max([], default="empty"), min((), default=None))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min(["bb", "a", "cc"], key=len), max(["bb", "a", "cc"], key=len))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1], [2], default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(4)), all(iter([True, 0])))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(range(5), key=lambda x: (x % 2, -x)), list(range(10, 0, -3)), range(0, 10, 3)[-1], len(range(5, 0)))
r = range(1, 20, 4)
print(r, r.start, r.stop, r.step, list(r), r[1:3], r.index(9), r.count(5), 13 in r, 14 in r, r[-1])
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
print(list(iter(range(3))), list(map(int, "123")), dict(enumerate("ab")), list(zip(*zip("ab", "cd"))))
print(len(range(-5, 5, 2)), range(3) == range(0, 3), range(0) == range(5, 1), hash(range(3)) == hash(range(0, 3, 1)))
