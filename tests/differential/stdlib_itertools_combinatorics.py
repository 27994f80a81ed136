import itertools

print(list(itertools.product("ab", [1, 2, 3])))
print(list(itertools.product("ab", repeat=3)))
print(list(itertools.product()), list(itertools.product("ab", [])), list(itertools.product(range(2), repeat=0)))
print(len(list(itertools.product(range(3), range(4), range(5)))))
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations("ab", 3)), list(itertools.permutations([], 0)), list(itertools.permutations("ab", 0)))
print(len(list(itertools.permutations(range(6)))), len(set(itertools.permutations(range(5), 3))))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations("ab", 3)), list(itertools.combinations("abc", 0)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement(range(3), 3)))
print(list(itertools.combinations_with_replacement("", 2)), list(itertools.combinations_with_replacement("", 0)))
print(sum(1 for _ in itertools.combinations(range(10), 4)), sum(1 for _ in itertools.combinations_with_replacement(range(5), 3)))
p = itertools.permutations([3, 1, 2], r=2)
print(next(p), next(p), list(p))
print(list(itertools.combinations(iterable=[1, 2, 3], r=2)))


def gen():
    yield "x"
    yield "y"


print(list(itertools.product(gen(), gen())), list(itertools.permutations(gen())))
print(type(itertools.product("a")).__name__, type(itertools.combinations("a", 1)).__name__)
print(type(itertools.combinations_with_replacement("a", 1)).__name__, type(itertools.permutations("a")).__name__)
pairs = [(a, b) for a, b in itertools.combinations(range(6), 2) if (a + b) % 3 == 0]
print(pairs)
words = ["".join(t) for t in itertools.product("01", repeat=3)]
print(words)
print(list(itertools.batched(range(10), 3)), list(itertools.batched("", 2)), list(itertools.batched("abcd", 2)))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.pairwise("a")), list(itertools.pairwise([])))
print(list(itertools.zip_longest("abc", [1], fillvalue=0)), list(itertools.zip_longest()))
print(list(itertools.zip_longest("ab", "wxyz")), list(itertools.zip_longest([1, 2])))
