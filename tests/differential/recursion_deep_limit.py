import sys
sys.setrecursionlimit(150000)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()
n = None
for i in range(90000):
    n = Node(n)
print(n.length())
print(sys.getrecursionlimit())
