from collections.abc import Mapping
class Cfg(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
match Cfg({"op": "x"}):
    case {"op": op}:
        print("matched", op)
    case _:
        print("no match")
