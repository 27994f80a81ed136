import collections

d = collections.deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.count(1), d.count("z"), d.index(3), d.index(2, 1))
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.remove("a")
print(d)
d.reverse()
print(d)
d[0] = "first"
del d[1]
del d[-1]
print(d, "x" in d, "zz" in d)
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))
b = collections.deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b, b + collections.deque([1]), b * 2)
z = collections.deque("abc", 0)
z.append(1)
print(z, repr(collections.deque()), repr(collections.deque([], 5)))
e = collections.deque([1, 2])
e += [3, 4]
e *= 2
print(e, e == collections.deque([1, 2, 3, 4, 1, 2, 3, 4]), e == [1, 2, 3, 4, 1, 2, 3, 4])
print(collections.deque([1, 2]) < collections.deque([1, 3]), collections.deque("ab") >= collections.deque("ab"))
e.extend(e)
print(len(e), sum(e), max(e), sorted(e)[:3])
s = collections.deque()
s.append(s)
print(s, type(iter(s)).__name__, type(reversed(s)).__name__, type(s))


class Window(collections.deque):
    def total(self):
        return sum(self)


w = Window([1, 2, 3], maxlen=2)
w.append(10)
print(w, w.total(), type(w.copy()).__name__, w.copy(), isinstance(w, collections.deque))

