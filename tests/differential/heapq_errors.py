import heapq
for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ([],)), (heapq.heappop, ((1,),)),
                (heapq.heapreplace, ([], 1)), (heapq.heapify, ("abc",)), (heapq.heappush, ([],)),
                (heapq.heappush, ([1], "a"))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "C(%d)" % self.v
h = []
for v in [4, 2, 6, 1, 3]:
    heapq.heappush(h, C(v))
print(h)
print(heapq.heappop(h), h)
heapq.heapify(h)
print(heapq.heappushpop(h, C(5)), h)
