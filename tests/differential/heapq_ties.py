import heapq
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return self.name
h = []
for i, p in enumerate([3, 1, 3, 2, 1, 3, 2]):
    heapq.heappush(h, Task(p, "t%d" % i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
tasks = [Task(p, "u%d" % i) for i, p in enumerate([2, 2, 1, 1, 3, 3])]
print(heapq.nsmallest(3, tasks), heapq.nlargest(3, tasks))
heapq.heapify(tasks)
print(tasks)
print(list(heapq.merge([Task(1, "a1"), Task(2, "a2")], [Task(1, "b1"), Task(2, "b2")])))
print(heapq.nsmallest(4, [5, 5.0, 1, True, 1.0, 0]), heapq.nlargest(4, [5, 5.0, 1, True, 1.0, 0]))
