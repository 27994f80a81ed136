class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return len(self._items) > 0
    def __repr__(self):
        return "Stack(" + repr(self._items) + ")"
    def __iter__(self):
        return iter(self._items[::-1])
    def __contains__(self, x):
        return x in self._items
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items

s = Stack()
print(s, len(s), bool(s))
for ch in "abc":
    s.push(ch)
print(s, len(s), bool(s), s.peek(), "b" in s, "z" in s)
print(list(s))
print(s.pop(), s.pop(), s)
t = Stack()
t.push("a")
print(s == t, s != t, s == ["a"])
s.pop()
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
if not s:
    print("empty stack is falsy")
