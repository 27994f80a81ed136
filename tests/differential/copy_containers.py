import copy
from collections import namedtuple
P = namedtuple("P", "x y")
p = P([1], 2)
p2 = copy.deepcopy(p)
print(p2, type(p2).__name__, p2.x is p.x, copy.copy(p) is p)
nested = {"l": [(1, 2), {3, 4}, frozenset([5])], "t": ((1,), [2])}
n2 = copy.deepcopy(nested)
print(n2 == nested, n2["l"][0] is nested["l"][0], n2["l"][1] is nested["l"][1], n2["t"] is nested["t"])
class Pt(namedtuple("Pt", "a b")):
    def total(self):
        return self.a + self.b
q = copy.deepcopy(Pt(1, 2))
print(q, q.total(), type(q).__name__)
