from collections.abc import Sequence
from collections import deque
class Row(Sequence):
    def __init__(self, *v): self.v = v
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
for obj in (Row(1, 2), deque([3, 4]), range(2), "ab"):
    match obj:
        case [a, b]:
            print(type(obj).__name__, "seq", a, b)
        case _:
            print(type(obj).__name__, "no match")
