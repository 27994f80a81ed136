# memoryview over bytes and bytearray: attributes, indexing, slicing, casts, release.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


b = b"hello world"
m = memoryview(b)
print(len(m), m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly)
print(m[0], m[-1], m[1:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes())
print(m.tolist()[:5], bytes(m[6:]), m.obj is b, m.c_contiguous, m.contiguous)
print(m == b, m == b"hello", m != b, m == m[:], m[::2] == b[::2], m == 5)
print(m.hex(), m[:3].hex("-"), m.suboffsets, m.toreadonly().readonly)
show("index", lambda: m[100])
show("str key", lambda: m["a"])
show("setitem ro", lambda: m.__setitem__(0, 1))
show("del", lambda: m.__delitem__(0))
print(hash(m) == hash(b), list(m[:4]), [x for x in m[7:]])
print(repr(m).startswith("<memory at 0x"))

ba = bytearray(b"abcdefgh")
w = memoryview(ba)
print(w.readonly, w[0], w.tobytes())
w[0] = 65
w[1:3] = b"XY"
w[-1] = 0x7A
print(ba)
show("range", lambda: w.__setitem__(0, 256))
show("type", lambda: w.__setitem__(0, "x"))
show("struct", lambda: w.__setitem__(slice(0, 2), b"abc"))
show("resize", lambda: ba.append(1))
show("hash rw", lambda: hash(w))
w.release()
ba.append(105)
print(ba, repr(w).startswith("<released memory at 0x"))
show("released len", lambda: len(w))
show("released item", lambda: w[0])
show("released tolist", lambda: w.tolist())
w.release()

# casts
data = bytearray(range(16))
m = memoryview(data)
q = m.cast("q")
print(q.format, q.itemsize, q.shape, q.strides, q.nbytes, len(q))
i = m.cast("i")
print(i.tolist(), i[1], i[-1])
i[0] = -1
print(data[:4], m.cast("B")[:4].tolist(), m.cast("b")[:4].tolist())
h = m.cast("H")
print(h.tolist())
two = m.cast("B", [4, 4])
print(two.ndim, two.shape, two.strides, two.tolist(), two[1, 2], two[-1, -1])
show("2d item", lambda: two[1])
show("2d len", lambda: len(two))
print(len(two), two.cast("B").tolist()[:5])
show("2d iter", lambda: list(two))
show("bad tuple", lambda: two[1, 2, 3])
show("short tuple", lambda: two[(1,)])
show("oob", lambda: two[4, 0])
show("cast nn", lambda: q.cast("i"))
show("cast fmt", lambda: m.cast("x"))
show("cast mult", lambda: m[:5].cast("i"))
show("cast shape", lambda: m.cast("B", [3, 3]))
show("cast noncontig", lambda: m[::2].cast("B"))
d = memoryview(bytearray(24)).cast("d")
d[0] = 1.5
d[1] = 2
d[2] = -0.25
print(d.tolist(), d[1], sum(d), d.format)
show("float type", lambda: d.__setitem__(0, "s"))
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.5
print(f.tolist())
c = memoryview(b"xyz").cast("c")
print(c[0], c.tolist(), c.format)
show("e fmt", lambda: memoryview(b"ab").cast("e").tolist())
print(memoryview(b"\x01\x00\x02").cast("?").tolist())

# context manager and errors
with memoryview(b"abc") as mm:
    print(mm[1])
show("after with", lambda: mm.tobytes())
show("not buffer", lambda: memoryview(5))
show("not buffer str", lambda: memoryview("abc"))
show("no arg", lambda: memoryview())
mv1 = memoryview(b"ab")
mv2 = memoryview(mv1)
print(mv2.obj is mv1.obj, mv2.tobytes(), memoryview(bytearray(b"q")) == memoryview(b"q"))
e = memoryview(b"")
print(len(e), e.tolist(), e.tobytes(), e.shape)
print(bytes(memoryview(b"xy")), b"a" + memoryview(b"b"), bytearray(memoryview(b"cd")))
hm = memoryview(bytearray(8)).cast("e")
hm[0] = 1.0
hm[1] = -2.5
hm[2] = 65504.0
hm[3] = 1e-7
print(hm.tolist())
show("half overflow", lambda: hm.__setitem__(0, 70000.0))
show("float overflow", lambda: memoryview(bytearray(4)).cast("f").__setitem__(0, 1e300))
show("int to float", lambda: memoryview(bytearray(8)).cast("d").__setitem__(0, 3) or "ok")
nc = memoryview(bytes(range(10)))[::3]
print(bytes(nc), bytearray(nc), nc.tobytes(), nc.c_contiguous, nc.contiguous, nc.strides)
g = memoryview(bytearray(range(12))).cast("B", [3, 4])
print(g.tobytes(order="F"), g.tobytes("A") == g.tobytes(), g.f_contiguous, g[::2].tolist(), g[::2].c_contiguous)
show("tobytes order", lambda: g.tobytes("X"))
show("multi slice", lambda: g[0:1, 0:1])
