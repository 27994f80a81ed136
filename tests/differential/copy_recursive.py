import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b is not a, b[:2])
d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
shared = [0]
x = [shared, shared]
y = copy.deepcopy(x)
print(y[0] is y[1], y[0] is not shared)
memo = {}
z = copy.deepcopy(x, memo)
print(memo[id(shared)] is z[0], id(memo) in memo)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next = n2
n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u[0][0] is u, u is not t)
