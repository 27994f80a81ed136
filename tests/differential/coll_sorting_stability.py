people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 25, "SF")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_age_then_city])
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted({"b": 1, "a": 2}), sorted([]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
data = [(1, "b"), (1, "a"), (0, "z"), (1, "c")]
print(sorted(data, key=lambda t: t[0], reverse=True))
lst = [5, -3, 2, -1, 0]
lst.sort(key=abs)
print(lst)
lst.sort(key=abs, reverse=True)
print(lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
import functools
def cmp(a, b):
    return (a % 3) - (b % 3)
print(sorted(range(10), key=functools.cmp_to_key(cmp)))
print(sorted([[2, 1], [1, 2], [1]], key=sum), sorted([(2, "a"), (1, "b")]), min([(2, "a"), (1, "b")]))
print(sorted([0.5, -1, 2, True, False]), sorted([float("inf"), 1, -float("inf")]))
class Rec:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"R{self.n}"
print(sorted([Rec(3), Rec(1), Rec(2)]), max([Rec(3), Rec(5)]), min(Rec(4), Rec(2)))
evil = [3, 2, 1]
def key_mutates(x):
    return x
print(sorted(evil, key=key_mutates), evil)
print(sorted("hello world", key=lambda c: (c == " ", c)))
print(list(reversed(sorted([1, 3, 2]))), sorted(reversed([1, 3, 2])))
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=lambda x: x[1], reverse=True)
print(stable)
