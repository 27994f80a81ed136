class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[r * w + c for c in range(w)] for r in range(h)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
                return [row[c] if isinstance(c, slice) else [row[c]] for row in rows]
            return self.cells[r][c]
        return self.cells[key]
    def __setitem__(self, key, val):
        r, c = key
        self.cells[r][c] = val

g = Grid(4, 3)
print(g[1], g[1, 2], g[-1, -1], g[0:2, 1:3], g[::2, ::3], g[1, :], g[:, 0])
g[0, 0] = "X"
print(g[0])
try:
    g[5, 0]
except IndexError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::], r[1:2, 3], r[...], r[:, ...], r["a":"b":"c"], r[()], r[1,])
s = r[1:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(5), slice(3).indices(10), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(None), repr(slice(1, None, -1)), slice(0, 10, 3).indices(4))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(r[Ellipsis] is Ellipsis, repr(...), str(Ellipsis))
data = list(range(10))
print(data[slice(2, 8, 3)], data[slice(-1, -8, -2)], data[slice(None, None, -1)][:3])
sl = slice(1, 4)
data[sl] = ["a"]
print(data)
class Step:
    def __index__(self):
        return 2
print(list(range(10))[Step():Step() * 3:Step()] if False else list(range(10))[Step()::Step()])
print("hello"[slice(1, None)], (1, 2, 3)[slice(None, None, 2)], bytes(range(5))[1:3], range(10)[2:8:3])
print(range(10)[::-1][2], range(0, 20, 5)[1:], list(range(10)[-3:]))
