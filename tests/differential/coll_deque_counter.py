from collections import deque, Counter, defaultdict, OrderedDict

dq = deque([1, 2, 3], maxlen=5)
dq.append(4); dq.appendleft(0); dq.append(5)
print(dq, dq.maxlen, len(dq))
dq.extendleft([10, 11])
print(dq)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
print(dq.pop(), dq.popleft(), dq, dq[0], dq[-1], 3 in dq, dq.count(3))
dq.remove(3); print(dq)
try:
    dq.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
d2 = deque("abc")
d2.insert(1, "X"); d2.reverse()
print(d2, list(d2), d2.index("X"), deque(range(3)) == deque([0, 1, 2]), deque([1]) + deque([2]), deque([1, 2]) * 2)
d2.clear(); print(d2, bool(d2))
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(type(e).__name__, e)

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c.update("aaz"); c.subtract({"b": 5})
print(sorted(c.items()))
print(+c, -Counter(a=-2, b=1))
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, c1 == Counter(b=1, a=3))
print(Counter({"x": 2}).most_common(), Counter().most_common(1), Counter(["a", "b", "a"]))
del c1["a"]; print(c1, "a" in c1)

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory, dd["new"], len(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), di.get("zz"), "zz" in di)
nd = defaultdict(lambda: defaultdict(int))
nd["x"]["y"] += 5
print(dict(nd["x"]), list(nd))
none_dd = defaultdict()
try:
    none_dd["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)

od = OrderedDict(b=1, a=2)
od["c"] = 3
od.move_to_end("b"); print(list(od))
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
