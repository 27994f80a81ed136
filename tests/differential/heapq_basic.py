import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
h = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(h, heapq.heappop(h))
print(heapq.__all__)
