import conform_args as ca


def t(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# integer codes
t("ints ok", ca.ints, -1 + 128, 255, -32768, 65535, -2147483648, 4294967295, -(2 ** 63), 2 ** 64 - 1, 2 ** 63 - 1, 2 ** 64 - 1, -(2 ** 63))
t("ints mask", ca.ints, 0, 257, 0, 65537, 0, 2 ** 32 + 5, 0, 0, 0, 0, 0)
t("b neg", ca.ints, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
t("b big", ca.ints, 256, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
t("h small", ca.ints, 0, 0, -32769, 0, 0, 0, 0, 0, 0, 0, 0)
t("h big", ca.ints, 0, 0, 32768, 0, 0, 0, 0, 0, 0, 0, 0)
t("i big", ca.ints, 0, 0, 0, 0, 2 ** 31, 0, 0, 0, 0, 0, 0)
t("i small", ca.ints, 0, 0, 0, 0, -(2 ** 31) - 1, 0, 0, 0, 0, 0, 0)
t("l big", ca.ints, 0, 0, 0, 0, 0, 0, 2 ** 63, 0, 0, 0, 0)
t("L big", ca.ints, 0, 0, 0, 0, 0, 0, 0, 0, 2 ** 63, 0, 0)
t("n big", ca.ints, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 ** 63)
t("i float", ca.ints, 0, 0, 0, 0, 1.5, 0, 0, 0, 0, 0, 0)
t("i str", ca.ints, 0, 0, 0, 0, "x", 0, 0, 0, 0, 0, 0)
t("k float", ca.ints, 0, 0, 0, 0, 0, 0, 0, 1.0, 0, 0, 0)
t("K str", ca.ints, 0, 0, 0, 0, 0, 0, 0, 0, 0, "s", 0)
t("bool ok", ca.ints, True, False, 0, 0, True, 0, 0, 0, 0, 0, 0)
t("ints few", ca.ints, 1, 2)
t("ints many", ca.ints, *range(12))

# string codes
t("strs ok", ca.strs, "abc", "d\x00e", None, "zz", b"yy", b"y\x00y")
t("strs z str", ca.strs, "abc", "de", "z", None, b"", b"")
t("strs utf8", ca.strs, "h\u00e9", "\u263a", "\u00fc", "x", b"\xff", b"")
t("s int", ca.strs, 1, "", None, None, b"", b"")
t("s bytes", ca.strs, b"x", "", None, None, b"", b"")
t("s nul", ca.strs, "a\x00b", "", None, None, b"", b"")
t("s# bytes", ca.strs, "a", b"raw", None, None, b"", b"")
t("s# int", ca.strs, "a", 5, None, None, b"", b"")
t("z int", ca.strs, "a", "b", 3, None, b"", b"")
t("z# float", ca.strs, "a", "b", None, 1.5, b"", b"")
t("y str", ca.strs, "a", "b", None, None, "str", b"")
t("y nul", ca.strs, "a", "b", None, None, b"a\x00", b"")
t("y bytearray", ca.strs, "a", "b", None, None, bytearray(b"x"), b"")
t("y# str", ca.strs, "a", "b", None, None, b"", "s")

# misc codes
t("misc ok", ca.misc, b"a", "\u263a", 1.5, 2, [1])
t("misc false", ca.misc, b"\x00", "x", 3, 0.25, "")
t("c long", ca.misc, b"ab", "x", 1.0, 1.0, 0)
t("c str", ca.misc, "a", "x", 1.0, 1.0, 0)
t("C long", ca.misc, b"a", "xy", 1.0, 1.0, 0)
t("C bytes", ca.misc, b"a", b"x", 1.0, 1.0, 0)
t("f str", ca.misc, b"a", "x", "1.0", 1.0, 0)
t("d None", ca.misc, b"a", "x", 1.0, None, 0)
t("d int", ca.misc, b"a", "x", 1.0, 7, 0)

# objects
t("objs ok", ca.objs, [1], 5, 3)
t("objs opt", ca.objs, None, True, 1, "opt")
t("O! bad", ca.objs, None, "5", 1)
t("O& bad", ca.objs, None, 5, -1)
t("O& type", ca.objs, None, 5, "x")
t("objs few", ca.objs, 1)
t("objs many", ca.objs, 1, 2, 3, 4, 5)

# nested
t("nested ok", ca.nested, (1, 2), ["s", (0.5,)])
t("nested bad", ca.nested, (1, 2), ("s", 0.5))
t("nested len", ca.nested, (1, 2, 3), ("s", (1.0,)))
t("nested item", ca.nested, (1, "x"), ("s", (1.0,)))
t("nested deep", ca.nested, (1, 2), ("s", ("q",)))
t("nested str", ca.nested, "ab", ("s", (1.0,)))

# keywords
t("kw pos", ca.kw, 1)
t("kw all", ca.kw, 1, "b", 3, d=4.5)
t("kw names", ca.kw, a=1, c=5, b="x")
t("kw missing", ca.kw, b="x")
t("kw invalid", ca.kw, 1, e=2)
t("kw both", ca.kw, 1, a=2)
t("kw too many", ca.kw, 1, "b", 3, 4)
t("kw too many kw", ca.kw, 1, "b", 3, d=1.0, e=2)
t("kw none", ca.kw)
t("kw type", ca.kw, 1, c="x")
t("kw kwtype", ca.kw, 1, d="x")
t("kwpos ok", ca.kwpos, 1, 2, y=3)
t("kwpos named", ca.kwpos, x=2)
t("kwpos none", ca.kwpos)
t("kwanon", ca.kwanon, second=2, first=1)
t("kwanon bad", ca.kwanon, 1, third=3)
t("kwanon both", ca.kwanon, 1, first=3)
t("kwanon many", ca.kwanon, 1, 2, 3)
t("kwanon none", ca.kwanon)
t("kwanon kwonly many", ca.kwanon, a=1, b=2, c=3)

# unnamed, custom message, unpack, PyArg_Parse
t("noname", ca.noname, 1, 2)
t("noname few", ca.noname, 1)
t("noname type", ca.noname, 1, "2")
t("custom", ca.custom, 1)
t("custom few", ca.custom)
t("custom type", ca.custom, "x")
t("unpack 1", ca.unpack, 1)
t("unpack 3", ca.unpack, 1, 2, 3)
t("unpack 0", ca.unpack)
t("unpack 4", ca.unpack, 1, 2, 3, 4)
t("parse1", ca.parse1, 21)
t("parse1 bad", ca.parse1, "x")

# building
for i, v in enumerate(ca.build()):
    print("build", i, repr(v))
t("build NULL", ca.build_errors, 0)
t("build dict", ca.build_errors, 1)
t("build paren", ca.build_errors, 2)

# formatting
t("fmt", ca.fmt, [1, "\u00e9"])
t("fmt_ptr", ca.fmt_ptr, 1)
t("raise_fmt", ca.raise_fmt, "v")

# exception classes
for cls in (ca.MyError, ca.SubError, ca.MultiError):
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__bases__], cls.__doc__)
try:
    ca.raise_my(("a", 1))
except ca.MyError as e:
    print("caught MyError", e.args)
try:
    ca.raise_sub()
except ca.MyError as e:
    print("caught SubError as MyError", type(e).__name__, e)
try:
    ca.raise_multi()
except KeyError as e:
    print("caught MultiError as KeyError", type(e).__name__, isinstance(e, ValueError))
t("fetch_restore", ca.fetch_restore)
t("restore_raw", ca.restore_raw, "raw")
t("restore_raw tuple", ca.restore_raw, ("x", 2))
t("normalize", ca.normalize, "msg")
t("normalize inst", ca.normalize, TypeError("inst"))

# matching
print("matches",
      ca.matches(KeyError, LookupError), ca.matches(KeyError("x"), LookupError),
      ca.matches(KeyError, (ValueError, LookupError)), ca.matches(KeyError, ValueError),
      ca.matches(ca.SubError, ca.MyError), ca.matches(ca.MultiError, (TypeError, (ValueError,))),
      ca.matches(1, 1), ca.matches(1, 2))

# calls
def f(*args):
    return args
t("calls", ca.calls, f, "abc")
t("call_method_missing", ca.call_method_missing, 5)
r = ca.chain()
print("chain", repr(r[0]), repr(r[1]), repr(r[2]), r[3], r[0].__cause__ is r[1], r[0].__context__ is r[2], r[0].__suppress_context__)
t("NoMemory", ca.misc_errors, 0)
t("BadArgument", ca.misc_errors, 1)
t("BadInternalCall", ca.misc_errors, 2)
t("threads", ca.threads)
t("imports", ca.imports)
t("warn", ca.warn)

# va_list forms and the names without PY_SSIZE_T_CLEAN
t("vaforms", ca.vaforms, "abc")
t("vaforms n", ca.vaforms, "abc", 9)
t("vaforms kw", ca.vaforms, s="xy", n=2)
t("vaforms bad", ca.vaforms, 1)
t("vaforms kw bad", ca.vaforms, s="xy", m=2)
t("plain_names", ca.plain_names, 4, f)
t("plain_names bad", ca.plain_names, "4", f)

# errno, handled exception, args
for i in range(3):
    try:
        ca.errno_error(i)
    except OSError as e:
        print("errno", i, type(e).__name__, e.errno, e.strerror)
print("handled none", ca.handled())
try:
    raise KeyError("handled")
except KeyError:
    print("handled", repr(ca.handled()))
e = ValueError("old")
print("exc_args", ca.exc_args(e), e.args)

# O& cleanup, wchar_t text, no-keyword checks
t("cleanup ok", ca.cleanup, "a", 1)
t("cleanup fail", ca.cleanup, "a", "b")
t("wide", ca.wide)
t("nokw", ca.nokw)
t("nokw kw", ca.nokw, a=1)
t("nokw pos", ca.nokw, 1)

# buffers
t("buffers", ca.buffers, "h\u00e9", b"by", None)
t("buffers 2", ca.buffers, b"raw", bytearray(b"ba"), "zs")
t("buffers s int", ca.buffers, 1, b"", None)
t("buffers y str", ca.buffers, "", "s", None)
t("buffers z int", ca.buffers, "", b"", 5)
t("plain_hash", ca.plain_hash, "abc")
t("imports2", ca.imports2)
t("deep", ca.deep, 10)
t("deep limit", ca.deep, 100000)
