s = slice(1, 5)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1), slice(1, 10, 2))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)], "abcdef"[slice(1, 4)])
print(slice(None, None, -1).indices(5))
print(slice(1, 100, 2).indices(10), slice(-3, -1).indices(10), slice(None).indices(0))
print(slice(10, -10, -3).indices(8))
r = range(*slice(2, 20, 4).indices(12))
print(list(r))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
data[slice(0, 3)] = ["a"]
print(data)
del data[slice(None, None, 2)]
print(data)
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[:, None], p[...])
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
t = (0, 1, 2, 3, 4, 5)
print(t[slice(4, 0, -2)])
