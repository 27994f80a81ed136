import sys
def probe(name, fn):
    try:
        fn()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError")
    except Exception as e:
        print(name, type(e).__name__, e)
class R:
    def __repr__(self):
        return repr(self)
probe("repr", lambda: repr(R()))
class E:
    def __eq__(self, o):
        return self == o
probe("eq", lambda: E() == E())
class G:
    def __getattr__(self, n):
        return self.missing
probe("getattr", lambda: G().x)
def gen(n):
    yield from gen(n + 1)
probe("yield from", lambda: next(gen(0)))
nested = []
cur = nested
for _ in range(100000):
    new = []
    cur.append(new)
    cur = new
probe("deep repr", lambda: len(repr(nested)))
probe("deep eq", lambda: nested == nested[:] )
a = []; b = [a]; a.append(b)
class P:
    @property
    def p(self):
        return self.p
probe("property", lambda: P().p)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
probe("mutual", lambda: mutual_a(0))
probe("str deep", lambda: len(str(nested)))
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
probe("deep dict repr", lambda: len(repr(d)))
print("limit", sys.getrecursionlimit())
