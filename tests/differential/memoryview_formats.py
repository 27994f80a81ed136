# memoryview item formats: reading, writing, range errors, equality across formats, hash.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


raw = bytearray(range(1, 33))
base = memoryview(raw)
for fmt in "bBhHiIlLqQnNfdP?c":
    m = base.cast(fmt)
    print(fmt, m.itemsize, len(m), m.tolist()[:3], m[-1], m.nbytes)

for fmt, good, bad in [
    ("b", -128, 128),
    ("B", 255, -1),
    ("h", -32768, 40000),
    ("H", 65535, 65536),
    ("i", 2**31 - 1, 2**31),
    ("I", 2**32 - 1, -5),
    ("q", -(2**63), 2**63),
    ("Q", 2**64 - 1, 2**64),
    ("c", b"z", b"zz"),
    ("?", 0, None),
]:
    m = memoryview(bytearray(16)).cast(fmt)
    m[0] = good
    print(fmt, m[0], end=" ")
    show("bad", lambda: m.__setitem__(1, bad))
show("float into int", lambda: memoryview(bytearray(4)).cast("i").__setitem__(0, 1.5))
show("str into c", lambda: memoryview(bytearray(4)).cast("c").__setitem__(0, "a"))
show("bool into ?", lambda: memoryview(bytearray(1)).cast("?").tolist())

x = memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0]))
print(x.cast("i") == x.cast("i"), x.cast("i") == [1, 2], x.cast("i") == x, x.cast("B") == x)
print(x.cast("i").tolist() == [1, 2], x.cast("i") == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast("I"))
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abd"), memoryview(b"ab") == b"abc")
f = memoryview(bytearray(16)).cast("d")
f[0] = float("nan")
print(f == f, f.tolist()[0] != f.tolist()[0], f[0:1] == f[0:1])
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
show("hash fmt", lambda: hash(memoryview(b"abcd").cast("i")))
show("hash unhashable", lambda: hash(memoryview(bytearray(b"ab")).toreadonly()))
s = memoryview(b"0123456789")
print(s[2:8][1:4].tobytes(), s[::-2][1:].tobytes(), s[8:2:-3].tolist(), s[100:].tobytes(), s[-3:].obj is s.obj)
print(len(s[::3]), s[::3].strides, s[::-1].strides, s[1::2].shape)
show("step zero", lambda: s[::0])
show("index str", lambda: s["1"])
show("index float", lambda: s[1.0])
show("big index", lambda: s[2**70])
show("ellipsis", lambda: s[...])
sc = memoryview(b"\x05\x00\x00\x00").cast("i", [])
print(sc.ndim, sc.shape, sc.strides, sc.tolist(), sc[()], sc[...] is sc)
show("0-dim len", lambda: len(sc))
show("0-dim index", lambda: sc[0])
show("0-dim iter", lambda: list(sc))
r = memoryview(b"ab")
r.release()
print(r == r, r == memoryview(b"ab"), memoryview(b"ab") == r, r != r)
