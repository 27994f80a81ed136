# list(set), tuple(set), sorted(set), iteration, repr and comprehension over sets.
s = set([40, 9, 1000, 17, 2, 65, 130])
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
print([x for x in s], {x: 1 for x in s})
print(min(s), max(s), sum(s), len(s))
print(", ".join(str(x) for x in s))
it = iter(s)
print(next(it), next(it), it.__length_hint__())
print(list(enumerate(s))[:3], list(zip(s, range(3))))
print(str(s) == repr(s), repr(frozenset(s)))
class S(set):
    pass
print(S([5, 13, 21]), S([5, 13, 21]) | {29})
