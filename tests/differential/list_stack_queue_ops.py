stack = []
for op in ["push 1", "push 2", "pop", "push 3", "push 4", "pop", "pop", "push 5"]:
    parts = op.split()
    if parts[0] == "push":
        stack.append(int(parts[1]))
    else:
        print("popped", stack.pop())
    print(op.ljust(8), stack)
queue = []
for i in range(5):
    queue.append(i)
served = []
while queue:
    served.append(queue.pop(0))
    if len(served) == 2:
        queue.append(99)
print(served)
dq = [3]
dq.insert(0, 2)
dq.insert(0, 1)
dq.append(4)
print(dq, dq.pop(0), dq.pop(), dq)
rot = [1, 2, 3, 4, 5]
k = 2
print(rot[-k:] + rot[:-k], rot[k:] + rot[:k])
window = []
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    if len(window) > 3:
        window.pop(0)
    print(x, window, sum(window))
