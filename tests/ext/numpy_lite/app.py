# Exercises every part of numpy_lite; run by Molt (the extension linked statically) and
# by CPython 3.12 (the same C source built as a shared object). Outputs must match.
import numpy_lite as np


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(np.__name__, np.__version__, np.MAXDIMS, np.ndarray.__name__, type(np.ndarray))

# construction
a = np.array([1, 2, 3, 4])
b = np.ndarray([0.5, 1.5, 2.5, 3.5])
m = np.array([[1, 2, 3], [4, 5, 6]])
print(a, b, m)
print(a.shape, a.ndim, a.size, a.dtype, m.shape, m.ndim, m.size, len(a), len(m))
print(np.zeros(3), np.ones((2, 2)), np.zeros((1, 3)).shape, np.ones(0))
print(np.arange(5), np.arange(1, 3), np.arange(0, 1, 0.25), np.arange(stop=2, start=0.5))
print(type(a).__name__, isinstance(a, np.ndarray), np.array(m) is m, np.array(m).tolist() == m.tolist())
attempt("ragged", lambda: np.array([[1, 2], [3]]))
attempt("mixed", lambda: np.array([[1, 2], 3]))
attempt("3-D", lambda: np.array([[[1]]]))
attempt("strings", lambda: np.array(["a"]))
attempt("not a sequence", lambda: np.array(5))
attempt("bad shape", lambda: np.zeros("x"))
attempt("negative", lambda: np.ones(-1))
attempt("3 dims", lambda: np.zeros((1, 2, 3)))
attempt("arange zero step", lambda: np.arange(0, 1, 0))
attempt("arange str", lambda: np.arange("a"))
attempt("ndarray kw", lambda: np.ndarray(object=[1.0]))
attempt("ndarray none", lambda: np.ndarray())

# indexing and slicing
print(a[0], a[-1], a[1:3], a[::2], a[::-1], a[10:])
print(m[1], m[0, 2], m[-1, -1], m[1, 1:], m[:, 0], m[:, 1:], m[::-1])
attempt("oob", lambda: a[4])
attempt("oob 2-D", lambda: m[0, 3])
attempt("oob neg", lambda: m[-3])
attempt("too many", lambda: a[0, 0])
attempt("key type", lambda: a["x"])
attempt("float key", lambda: a[1.0])
c = a.copy()
c[0] = 10
c[1:3] = 0
c[-1] = np.array([7])[0]
print(c, a)
d = np.zeros((2, 3))
d[0, 1] = 5
d[1] = np.array([1, 2, 3])
d[:, 2] = -1
print(d)
attempt("del", lambda: d.__delitem__(0))
attempt("assign str", lambda: d.__setitem__(0, "x"))
attempt("assign size", lambda: d.__setitem__(0, np.ones(5)))

# arithmetic
print(a + 1, a - 1, a * 2, a / 2, -a)
print(1 + a, 10 - a, 2 * a, 12 / a, 2.5 * m)
print(a + b, a - b, a * b, a / b, m + m, m * m - m)
z = np.zeros(2)
print(np.ones(2) / z, z / z)
attempt("mismatch", lambda: a + np.ones(3))
attempt("mismatch 2-D", lambda: m * np.ones((3, 2)))
attempt("mismatch dims", lambda: a - m)
attempt("add str", lambda: a + "x")
attempt("radd list", lambda: [1] + a)
attempt("bool", lambda: bool(a))
print(bool(np.ones(1)), bool(np.zeros(1)))
x = np.arange(3)
x += 1
x *= x
print(x)

# reductions and linear algebra
print(a.sum(), a.mean(), m.sum(), m.mean(), np.arange(101).sum(), np.zeros(0).sum())
attempt("empty mean", lambda: np.zeros(0).mean())
v = np.array([1, 0, -1])
print(a.dot(b), v.dot(v), m.dot(v), m.dot(m.T), m.T.dot(m), np.array([1, 1]).dot(m), m.T)
attempt("dot shapes", lambda: a.dot(v))
attempt("dot 2-D shapes", lambda: m.dot(m))
attempt("dot type", lambda: a.dot([1, 2, 3, 4]))

# reshape, tolist, iteration, repr
r = np.arange(6).reshape(2, 3)
print(r, r.reshape((3, 2)), r.reshape(6), r.reshape((6,)).shape)
attempt("reshape size", lambda: r.reshape(4))
attempt("reshape bad", lambda: r.reshape("a"))
print(r.tolist(), a.tolist(), type(a.tolist()[0]).__name__)
print(list(a), [row.tolist() for row in r], [float(t) * 2 for t in b])
it = iter(m)
print(next(it), next(it))
attempt("exhausted", lambda: next(it))
print(repr(np.zeros(0)), repr(np.array([[1.5]])), str(np.ones(2)))
f = np.ones(2)
f.fill(3)
print(f, f.sum())

# the buffer protocol
mv = memoryview(m)
print(mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.nbytes, mv.readonly, mv.obj is m)
print(mv.tolist(), mv[1, 2], mv.c_contiguous, mv.contiguous, len(mv), m._exports)
mv[0, 0] = 100.0
print(m[0, 0], m)
flat = mv.cast("B").cast("d")
print(flat.tolist(), flat.shape, m._exports)
flat.release()
mv.release()
print(m._exports)
with memoryview(a) as w:
    print(w.tolist(), w[::2].tolist(), w[-1], bytes(w[:1]) == bytes(memoryview(np.array([1]))))
    print(a._exports > 0)
print(a._exports, len(bytes(memoryview(np.arange(3)))), memoryview(np.arange(2)) == memoryview(np.arange(2)))
attempt("released", lambda: w.tolist())
print(bytearray(memoryview(np.zeros(1))), memoryview(np.ones((2, 2)))[1, 1])

# consumers of the C-API buffer functions
print(bytes(np.array([1.5]))[:8] == bytes(memoryview(np.array([1.5]))), len(bytes(np.ones((2, 2)))))
print(np.frombuffer(bytes(np.arange(4))), np.frombuffer(np.ones(2)), np.frombuffer(bytearray(8)))
print(np.frombuffer(memoryview(np.arange(6))[::2]), np.frombuffer(memoryview(np.arange(6).reshape(3, 2))))
attempt("frombuffer size", lambda: np.frombuffer(b"abc"))
attempt("frombuffer int", lambda: np.frombuffer(3))
attempt("frombuffer str", lambda: np.frombuffer("abcdefgh"))
print(np.has_buffer(a), np.has_buffer(b"x"), np.has_buffer(bytearray()), np.has_buffer(memoryview(b"")), np.has_buffer(1), np.has_buffer("s"))
ba = bytearray(16)
fb = np.frombuffer(ba)
print(fb, len(ba))
ba.append(1)
print(len(ba))
dv = a.data
print(type(dv).__name__, dv.format, dv.shape, dv.tolist(), a._exports)
del dv
print(a._exports)
k = np.constants()
print(k.readonly, k.format, k.nbytes, k.cast("d").tolist())
attempt("constants write", lambda: k.__setitem__(0, 1))
attempt("constants writable", lambda: np.frombuffer(k))
