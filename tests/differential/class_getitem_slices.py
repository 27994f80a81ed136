class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        if isinstance(idx, tuple):
            out = []
            for i in idx:
                out.append(self.data[i])
            return out
        if not isinstance(idx, int):
            raise TypeError("Seq indices must be int, slice or tuple, not " + type(idx).__name__)
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError("Seq index " + str(idx) + " out of range")
        return self.data[idx]
    def __repr__(self):
        return "Seq(" + repr(self.data) + ")"
    def __eq__(self, other):
        return isinstance(other, Seq) and self.data == other.data

s = Seq("abcdefg")
print(s[0], s[-1], s[2:5], s[::-2], s[1, 3, 5], len(s[::3]))
print(s[1:][1:][1:], s[:] == s, s[:] is s)
for bad in [10, -20, "x", 1.5]:
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list(s), "d" in s, "z" in s)
total = ""
for ch in s[::2]:
    total += ch
print(total)
