import heapq
def heapsort(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]
seq = [(i * 7919) % 1009 for i in range(300)]
print(heapsort(seq) == sorted(seq), heapsort(seq)[:10])
h = list(seq)
heapq.heapify(h)
print(h[:15])
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
# a priority queue with insertion counters
pq = []
for i, (pri, name) in enumerate([(3, "c"), (1, "a"), (3, "b"), (2, "x"), (1, "q")]):
    heapq.heappush(pq, (pri, i, name))
while pq:
    print(heapq.heappop(pq))
