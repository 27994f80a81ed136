# The buffer, memoryview, complex and index C-API functions with normal and bad
# arguments (see conform_buffer.c).
import conform_buffer as cb


def t(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


ba = bytearray(b"hello")
mv = memoryview(bytes(range(12)))
two = mv.cast("B", [3, 4])
for name in ["SIMPLE", "WRITABLE", "FORMAT", "ND", "STRIDES", "C_CONTIGUOUS", "F_CONTIGUOUS", "ANY_CONTIGUOUS", "FULL_RO", "FULL", "RECORDS_RO"]:
    flags = getattr(cb, name)
    t("bytes " + name, cb.get_buffer, b"abc", flags)
    t("bytearray " + name, cb.get_buffer, ba, flags)
    t("mv " + name, cb.get_buffer, mv, flags)
    t("mv step " + name, cb.get_buffer, mv[::2], flags)
    t("2d " + name, cb.get_buffer, two, flags)
    t("ro bytearray mv " + name, cb.get_buffer, memoryview(ba).toreadonly(), flags)
t("int", cb.get_buffer, 5, cb.SIMPLE)
t("str", cb.get_buffer, "abc", cb.SIMPLE)
t("released", cb.get_buffer, memoryview(b"x").__enter__().__exit__(None, None, None) or mv.toreadonly(), cb.SIMPLE)
released = memoryview(b"x")
released.release()
t("released mv", cb.get_buffer, released, cb.SIMPLE)
t("resize while exported", cb.while_exported, ba, lambda: ba.extend(b"!!"))
t("write while exported", cb.while_exported, ba, lambda: ba.__setitem__(0, 72) or bytes(ba))
t("resize after", lambda: ba.extend(b"!") or bytes(ba))
m2 = memoryview(ba)
t("release exported mv", cb.while_exported, m2, m2.release)
t("released now", lambda: m2.tobytes())
print([cb.check_buffer(x) for x in (b"", bytearray(), memoryview(b""), 1, "s", [1], None)])
t("fill ro", cb.fill_info, 1, cb.SIMPLE, 0)
t("fill rw full", cb.fill_info, 0, cb.FULL, 0)
t("fill ro writable", cb.fill_info, 1, cb.WRITABLE, 0)
t("fill ro full", cb.fill_info, 1, cb.FULL, 0)
t("fill ro full_ro", cb.fill_info, 1, cb.FULL_RO, 0)
t("fill null view", cb.fill_info, 0, cb.SIMPLE, 1)
print(cb.release_none())
m = cb.mv_from_object(ba)
print(type(m).__name__, m.tobytes(), m.readonly, cb.mv_macros(m) == (len(ba), 1, 1, "B", ba), cb.mv_macros(5))
t("from object int", cb.mv_from_object, 1)
t("from object mv", lambda: cb.mv_from_object(mv[2:4]).tolist())
r = cb.mv_from_memory(cb.READ)
w = cb.mv_from_memory(cb.WRITE)
print(r.tobytes(), r.readonly, w.readonly, r.obj, r.nbytes, r.format)
w[0] = ord("M")
print(r.tobytes())
t("write ro memory", r.__setitem__, 0, 1)
t("other flags", lambda: cb.mv_from_memory(0).readonly)
fb = cb.mv_from_buffer()
print(fb.tolist(), fb.format, fb.readonly, fb.obj, fb.shape, fb.strides)
t("contig C", lambda: cb.mv_contiguous(mv, cb.READ, "C").tolist())
t("contig step", lambda: cb.mv_contiguous(mv[::3], cb.READ, "C").tolist())
t("contig step write", cb.mv_contiguous, memoryview(ba)[::2], cb.WRITE, "C")
t("contig ro write", cb.mv_contiguous, b"ab", cb.WRITE, "C")
t("contig int", cb.mv_contiguous, 3, cb.READ, "C")
t("to contiguous", cb.to_contiguous, mv[1::5])
t("to contiguous 2d", cb.to_contiguous, two[::2])
t("to contiguous int", cb.to_contiguous, 1)

# complex
print(cb.c_from(1.5, -2), cb.c_from(0, 0), cb.c_from(float("inf"), float("nan")))
for v in (complex(3, 4), 2.5, 7, True):
    t("parts " + repr(v), cb.c_parts, v)


class C:
    def __complex__(self):
        return complex(1, -1)


class F:
    def __float__(self):
        return 0.25


class Sub(complex):
    pass


t("as C", cb.c_as, C())
t("as F", cb.c_as, F())
t("as int", cb.c_as, 3)
t("as str", cb.c_as, "1+2j")
t("as None", cb.c_as, None)
t("parts str", cb.c_parts, "x")
t("parts F", cb.c_parts, F())
t("layout", cb.c_layout, complex(-0.5, 8))
t("layout sub", cb.c_layout, Sub(2, 3))
t("layout float", cb.c_layout, 1.0)
t("arith", cb.c_arith, 1, 2, 3, -4)
t("arith zero", cb.c_arith, 1, 1, 0, 0)
t("arith big", cb.c_arith, 1e300, 1e300, 2, 0)

# index
for mode in (0, 1, 2):
    for v in (5, -3, True, 2 ** 70, -(2 ** 70)):
        t("ssize %d %r" % (mode, v), cb.as_ssize, v, mode)
t("ssize float", cb.as_ssize, 1.5, 0)
t("ssize str", cb.as_ssize, "1", 1)
print([cb.index_check(x) for x in (1, True, 1.0, "1", None, complex(1, 0))])
