import bisect
fl = [0.5, 1.5, 1.5, 2.25, 10.0]
print([bisect.bisect_left(fl, x) for x in [0, 0.5, 1.5, 2, 100]])
print([bisect.bisect_right(fl, x) for x in [0, 0.5, 1.5, 2, 100]])
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
print(words, bisect.bisect(words, "grape"), bisect.bisect_left(words, "kiwi"))
r = range(0, 100, 5)
print(bisect.bisect_left(r, 42), bisect.bisect_right(r, 45))
t = (1, 3, 3, 7)
print(bisect.bisect_left(t, 3), bisect.bisect_right(t, 3))
big = list(range(0, 100000, 3))
print(bisect.bisect_left(big, 29999), bisect.bisect_right(big, 30000))
l = []
for x in [3, 1, 2, 1, 3, 0]:
    bisect.insort_left(l, x)
print(l)
class Cmp:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Cmp.calls += 1
        return self.v < o.v
seq = [Cmp(i) for i in range(64)]
print(bisect.bisect_left(seq, Cmp(40)), Cmp.calls)
