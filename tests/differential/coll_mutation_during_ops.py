def probe(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, str(e)[:70])
lst = list(range(10))
class Clearer:
    def __eq__(self, o):
        lst.clear()
        return False
probe("count clears", lambda: lst.count(Clearer()) if False else [Clearer() == x for x in [1]] and lst.count(Clearer()))
lst2 = [Clearer() for _ in range(5)]
lst = lst2
probe("in clears", lambda: 5 in lst2)
d = {}
class Mut:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear()
        return False
d[Mut(1)] = "a"
probe("dict lookup mutates", lambda: d.get(Mut(2)))
probe("dict after", lambda: len(d))
class Grow:
    def __eq__(self, o):
        lst3.extend(range(100))
        return False
lst3 = [Grow() for _ in range(3)]
probe("index grows", lambda: lst3.index(1) if False else lst3.count(1) < 10**6)
class LtMut:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        victim.clear()
        return self.v < o.v
victim = [LtMut(i) for i in range(20, 0, -1)]
probe("sort clears", lambda: victim.sort())
probe("victim", lambda: len(victim))
s = {1, 2, 3}
class HashMut:
    def __hash__(self):
        s.clear()
        return 1
    def __eq__(self, o): return False
probe("set contains mut", lambda: HashMut() in s)
dd = {i: i for i in range(10)}
class KeyMut:
    def __hash__(self): return hash(3)
    def __eq__(self, o):
        dd.pop(o, None)
        return False
probe("dict pop mut", lambda: dd.pop(KeyMut(), "missing"))
probe("dd len", lambda: len(dd))
it_list = [1, 2, 3]
it = iter(it_list)
next(it)
it_list.clear()
probe("iter after clear", lambda: list(it))
r = [1, 2, 3]
rv = reversed(r)
r.clear()
probe("reversed after clear", lambda: list(rv))
dk = {1: 1}
dki = iter(dk)
dk[2] = 2
probe("dict iter changed", lambda: list(dki))
