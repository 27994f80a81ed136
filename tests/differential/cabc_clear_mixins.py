from collections.abc import MutableMapping, MutableSequence, MutableSet
class M(MutableMapping):
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def popitem(self):
        print("popitem override")
        return super().popitem()
m = M(); m.clear(); print(len(m))
class L(MutableSequence):
    def __init__(self): self.l = [1, 2]
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
l = L(); l.clear(); print(l.l)
class S(MutableSet):
    def __init__(self): self.s = {1, 2}
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
s = S(); s.clear(); print(s.s)
