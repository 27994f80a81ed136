class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.val)
            cur = cur.next
        return iter(out)
    def __len__(self):
        return self.size
    def __repr__(self):
        parts = []
        for v in self:
            parts.append(repr(v))
        return "[" + " -> ".join(parts) + "]"

ll = LinkedList()
print(ll, len(ll))
for i in range(5):
    ll.append(i * 10)
ll.push_front("head")
print(ll, len(ll))
print(ll.remove(20), ll.remove(99), ll.remove("head"), ll)
ll.reverse()
print(ll, list(ll), len(ll), 30 in ll, 20 in ll)
def middle(lst):
    slow = fast = lst.head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    return slow.val if slow else None
print(middle(ll), middle(LinkedList()))
