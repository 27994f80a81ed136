import bisect
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 8)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("e", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("f", 3), key=lambda r: r[1])
print(recs)
for args, kw in [(([1], 1, -1), {}), (([1],), {}), ((None, 1), {}), (([1], 1), {"foo": 1}),
                 (([1, 2], 1, 0, 5), {}), (([1, "a"], 2), {}), (([1], 1, "x"), {})]:
    try:
        print(bisect.bisect_left(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 3])
bisect.insort(l, 2)
print(l)
