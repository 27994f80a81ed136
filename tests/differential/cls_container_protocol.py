class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print("slice", idx.start, idx.stop, idx.step, idx.indices(len(self.data)))
            return Seq(self.data[idx])
        if isinstance(idx, tuple):
            return tuple(self.data[i] for i in idx)
        return self.data[idx]
    def __setitem__(self, idx, v):
        self.data[idx] = v
    def __delitem__(self, idx):
        del self.data[idx]
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq(range(10))
print(s[2], s[-1], s[1:8:2], s[::-3], s[:], s[5:], s[1, 3, 5])
print(s[-100:100], s[3:1], s[slice(None, None, 2)])
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
print(s)
del s[::2]
print(s, len(s))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
print(list(s), "c" in s, 99 in s)
print(list(reversed(Seq("abc"))))
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(OnlyGetitem()), 9 in OnlyGetitem(), 5 in OnlyGetitem())
a, b, *c = OnlyGetitem()
print(a, b, c)

class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in Contains(), 2 not in Contains())
class ContainsTruthy:
    def __contains__(self, x):
        return [x]
print(5 in ContainsTruthy())

class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("q"), "zz" in m)

class BoolLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(BoolLen(0)), bool(BoolLen(3)))
try:
    bool(BoolLen(-1))
except ValueError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolOverLen:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(BoolOverLen()), len(BoolOverLen()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
