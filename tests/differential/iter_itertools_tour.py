import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, list(g)) for k, g in it.groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 1, 3)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.batched("abcdefg", 3)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)), list(it.combinations("a", 3)))
t1, t2 = it.tee(iter([1, 2, 3]))
print(next(t1), list(t1), list(t2))
g = it.groupby([1, 1, 2])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
for bad in [lambda: it.islice("abc", -1), lambda: list(it.repeat(1, -1)), lambda: it.batched("ab", 0), lambda: it.permutations("ab", -1)]:
    try:
        r = bad()
        print("ok", list(r) if r is not None else r)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    it.count("a")
except TypeError as e:
    print(type(e).__name__, e)
c = it.count(10)
print(next(c), next(c), repr(c))
print(list(it.islice(it.count(1.5, 0.5), 3)), repr(it.repeat(2, 3)))
print(list(zip(it.count(), "ab")), dict(zip("ab", it.repeat(0))))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.accumulate("abc")))
def gen():
    yield from range(3)
print(list(it.chain(gen(), gen())), list(it.starmap(lambda *a: a, ["ab", "cd"])))
