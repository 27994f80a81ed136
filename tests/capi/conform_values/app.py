# Calls every C-API function of conform_values with good and bad arguments and prints
# the results, or the type and message of the exception raised. SystemError messages
# name CPython's own C files, so only their type is printed.
import conform_values

op = conform_values.op
BIG = 2**70


def t(name, *args):
    try:
        r = op(name, *args)
        print(name, repr(r))
    except SystemError:
        print(name, "SystemError")
    except Exception as e:
        print(name, type(e).__name__ + ":", e)


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class BadFlt:
    def __float__(self):
        return "no"


class Obj:
    pass


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


class BadKeys:
    def keys(self):
        return 5


# long
t("long_from_c")
for v in [3.7, -0.5, 1e20, float("inf"), float("-inf"), float("nan")]:
    t("long_from_double", v)
for s, base in [(b"12", 10), (b" 0x1f ", 0), (b"-101", 2), (b"zz", 36), (b"12x", 10),
                (b"", 10), (b"1_000", 0), (b"9", 8), (b"1", 1), (b"1", 37)]:
    t("long_from_string", s, base)
for conv in ["AsLong", "AsLongLong", "AsSsize_t", "AsSize_t", "AsUnsignedLong",
             "AsUnsignedLongLong", "AsUnsignedLongMask", "AsDouble", "AsLongAndOverflow"]:
    for v in [5, -1, 0, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, BIG, -BIG,
              True, "x", 2.5, Idx(), None]:
        t(conv, v)
t("AsDouble", 10**400)
t("AsDouble", -(10**400))

# float, bool
for v in [1.5, 3, -BIG, True, Flt(), Idx(), "x", None, BadFlt(), 10**400]:
    t("float_as", v)
for v in ["1.5", " -2e3 ", "inf", "nan", "abc", "", b"3.25", b"x", 5]:
    t("float_from_string", v)
for v in [0, 1, -5, BIG]:
    t("bool_from", v)

# unicode
for b in [b"abc", "h\u00e9llo \u20ac \U0001f600".encode(), b"a\xffb", b"\xe2\x82", b""]:
    for mode in range(7):
        t("uni_from_bytes", b, mode)
for v in ["abc", "", "h\u00e9\u20ac\U0001f600", b"x", 1]:
    t("AsUTF8AndSize", v)
    t("AsUTF8", v)
    t("GetLength", v)
t("Concat", "ab", "cd")
t("Concat", "ab", 1)
t("Concat", 1, "ab")
t("Join", ", ", ["a", "b", "c"])
t("Join", None, ("x", "y"))
t("Join", "-", ["a", 1])
t("Join", "-", 5)
t("Join", "-", iter(["p", "q"]))
for a, b in [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("\u20ac", "z"), ("a", 1), (1, "a")]:
    t("Compare", a, b)
for a, b in [("abc", b"abc"), ("abc", b"abd"), ("ab", b"abc"), ("abc", b"ab"), ("", b""),
             ("\u00e9", b"e")]:
    t("CompareWithASCIIString", a, b)
for a, b in [("hello", "ell"), ("hello", "xyz"), ("hello", ""), ("hello", 1), (1, "a")]:
    t("UContains", a, b)
for s, a, b in [("hello", 1, 3), ("hello", 0, 100), ("hello", 3, 1), ("hello", -1, 2),
                ("hello", 1, -2), ("h\u00e9\u20acx", 1, 3), ("", 0, 0)]:
    t("Substring", s, a, b)

# bytes
t("bytes_fill", 0)
t("bytes_fill", 5)
t("bytes_fill", -1)
t("bytes_from_string", b"hello")
t("bytes_from_string", b"")
for v in [b"abc", b"", b"a\x00b", "abc", bytearray(b"x"), 1]:
    t("AsString", v)
    t("BSize", v)
    t("AsStringAndSize", v, True)
    t("AsStringAndSize", v, False)
for b, n in [(b"abcdef", 3), (b"ab", 5), (b"", 4), (b"abc", 0), (b"abc", -1)]:
    t("Resize", b, n)
t("ResizeShared", b"shared bytes")

# tuple
t("tuple_build", 0)
t("tuple_build", 4)
t("tuple_build", -1)
for v in [(1, 2, 3), (), [1], "abc"]:
    t("TSize", v)
for i in [0, 2, 3, -1]:
    t("TGetItem", (1, 2, 3), i)
t("TGetItem", [1, 2], 0)
for i in [0, 1, 2, -1]:
    t("TSetItemFresh", i)
t("TSetItemShared", (1, 2))
t("TSetItemShared", [1, 2])
for lo, hi in [(0, 2), (1, 100), (-5, 2), (3, 1), (0, 3)]:
    t("TGetSlice", (1, 2, 3), lo, hi)
t("TGetSlice", [1, 2], 0, 1)

# list
t("list_build", 3)
t("list_build", 0)
t("list_build", -2)
for v in [[1, 2], [], (1,), {}]:
    t("LSize", v)
for i in [0, 1, 2, -1]:
    t("LGetItem", [10, 20], i)
t("LGetItem", (1,), 0)
L = [1, 2, 3]
t("LSetItem", L, 1, "x")
t("LSetItem", L, 3, "y")
t("LSetItem", L, -1, "z")
t("LSetItem", (1,), 0, "z")
t("Append", L, 4)
t("Append", (1,), 4)
t("Insert", L, 0, "first")
t("Insert", L, 100, "last")
t("Insert", L, -1, "before-last")
t("Insert", L, -100, "very-first")
t("Insert", "s", 0, 1)
print(L)
M = [3, 1, 2, 5, 4]
t("Sort", M)
t("Reverse", M)
print(M)
t("Sort", [1, "a"])
t("Sort", (1, 2))
t("Reverse", (1, 2))
t("AsTuple", M)
t("AsTuple", (1,))
for lo, hi in [(1, 3), (-3, 2), (2, 100), (4, 1)]:
    t("LGetSlice", M, lo, hi)
t("LGetSlice", (1,), 0, 1)
N = list(range(8))
t("LSetSlice", N, 1, 3, ["a", "b", "c"])
t("LSetSlice", N, -4, 2, [])
t("LSetSlice", N, 5, 100, None)
t("LSetSlice", N, 0, 0, ("x",))
t("LSetSlice", N, 0, 1, 5)
t("LSetSlice", (1,), 0, 1, [])
print(N)

# dict
D = op("DNew")
t("DSetItem", D, "a", 1)
t("DSetItem", D, 2, "two")
t("DSetItem", D, [], 1)
t("DSetItem", [], 1, 1)
t("DSetItemString", D, b"c", 3.0)
t("DSetItemString", D, b"a", 10)
print(D)
for k in ["a", 2, "zz", [], (1, [])]:
    t("DGetItem", D, k)
    t("DGetItemWithError", D, k)
t("DGetItem", [], 1)
t("DGetItemWithError", [], 1)
t("DGetItemKeepsError", D, "a")
t("DGetItemKeepsError", D, [])
t("DGetItemString", D, b"c")
t("DGetItemString", D, b"nope")
t("DNext", D)
t("DNext", {})
t("DNext", [1])
for f in ["DKeys", "DValues", "DItems", "DSize", "DCopy"]:
    t(f, D)
    t(f, [1])
t("DContains", D, "a")
t("DContains", D, "q")
t("DContains", D, [])
t("DSetDefault", D, "a", 99)
t("DSetDefault", D, "new", 99)
t("DSetDefault", D, [], 99)
t("DDelItem", D, "new")
t("DDelItem", D, "new")
t("DDelItem", D, (1, 2))
t("DDelItem", D, [])
t("DDelItemString", D, b"c")
t("DDelItemString", D, b"c")
print(D)
E = {"a": 0, "x": 1}
t("DUpdate", E, {"a": 5, "b": 6})
t("DMerge", E, {"a": 7, "c": 8}, 0)
t("DMerge", E, Mapping(), 1)
t("DMerge", E, Mapping(), 0)
print(E)
t("DUpdate", E, 1)
t("DUpdate", E, [("k", "v")])
t("DUpdate", E, BadKeys())
t("DUpdate", [], {})
t("DClear", E)
t("DClear", 5)
print(E)

# set
t("SetNew", None)
t("SetNew", [1, 1, 1])
t("SetNew", 5)
t("FrozenSetNew", None)
t("FrozenSetNew", [2, 2])
t("FrozenSetNew", 5)
t("FrozenAdd", 3)
t("FrozenAdd", [])
S = op("SetNew", None)
t("SAdd", S, 1)
t("SAdd", S, 1)
t("SAdd", S, [])
t("SAdd", [], 1)
t("SAdd", frozenset([1]), 2)
t("SContains", S, 1)
t("SContains", S, 2)
t("SContains", S, [])
t("SContains", frozenset([5]), 5)
t("SContains", [5], 5)
t("SSize", S)
t("SSize", frozenset([1, 2]))
t("SSize", [1])
t("SDiscard", S, 2)
t("SDiscard", S, [])
t("SDiscard", frozenset([1]), 1)
t("SPop", S)
t("SPop", S)
t("SPop", frozenset([1]))
t("SAdd", S, 7)
t("SClear", S)
t("SClear", frozenset())
t("SSize", S)
t("SDiscard", S, 7)

# slice
t("SliceNew", 1, 10, 2)
t("SliceNew", None, None, None)
t("SliceNew", "a", [], None)
for s in [slice(None), slice(1, 5), slice(None, None, -1), slice(-3, None, 2),
          slice(None, None, 0), slice(BIG, -BIG, -BIG), slice("a", 1), slice(Idx(), None),
          slice(2.5, 3)]:
    t("Unpack", s)
    for n in [0, 10]:
        t("Indices", s, n)

# object protocol
o = Obj()
o.attr = 1
for n in ["attr", "missing", "__class__"]:
    t("HasAttr", o, n)
    t("HasAttrString", o, n.encode())
t("DelAttr", o, "attr")
t("DelAttr", o, "attr")
t("DelAttrString", o, b"nothing")
t("DelAttrString", 5, b"real")
t("HasAttr", o, "attr")
for a, b in [(1, 2), (2, 1), ("a", "a"), ([1], [1]), (1, "a")]:
    for opn in range(6):
        t("RichCompare", a, b, opn)
        t("RichCompareBool", a, b, opn)
nan = float("nan")
t("RichCompareBool", nan, nan, 2)
t("RichCompareBool", nan, nan, 3)
t("RichCompare", nan, nan, 2)
for v in [0, 1, "", "x", [], [0], None, Obj()]:
    t("Not", v)
for v in [1, -1, 0, 2**61, 1.5, -2.0, (1, 2), True, None is None, [], {}]:
    t("Hash", v)
for v in [[1, 2], "abc", {"a": 1}, (), 5, None]:
    t("Size", v)
    t("Length", v)
t("GetItem", [1, 2, 3], 1)
t("GetItem", [1, 2, 3], -1)
t("GetItem", [1, 2, 3], 5)
t("GetItem", [1, 2, 3], slice(0, 2))
t("GetItem", [1, 2, 3], "a")
t("GetItem", {"a": 1}, "a")
t("GetItem", {"a": 1}, "b")
t("GetItem", 5, 0)
t("GetItem", "abc", 1)
L2 = [1, 2, 3]
t("SetItem", L2, 0, "z")
t("SetItem", L2, 9, "z")
t("SetItem", (1,), 0, "z")
t("SetItem", 5, 0, 1)
t("DelItem", L2, 1)
t("DelItem", L2, 9)
t("DelItem", (1,), 0)
t("DelItem", (1,), "k")
t("DelItem", 5, 0)
t("DelItem", bytearray(b"ab"), "k")
t("SetItem", bytearray(b"ab"), "k", 1)
t("SetItem", (1,), "k", 1)
t("DelItem", {"k": 1}, "k")
t("DelItem", {"k": 1}, "q")
print(L2)
for v in [[1, 2], (3,), "ab", {"a": 1, "b": 2}, range(3), iter([4, 5]), 5, None]:
    t("IterAll", v)
for a, b in [(1, int), (True, int), (1, str), (1, (str, int)), ("s", (list, tuple)), (1, 1),
             (Obj(), Obj), (1, object)]:
    t("IsInstance", a, b)
for a, b in [(bool, int), (int, bool), (int, (str, int)), (1, int), (int, 1), (Obj, object)]:
    t("IsSubclass", a, b)
for v in [1, "a", [], None, Obj(), int]:
    t("Type", v)
t("CallObject", len, ("abc",))
t("CallObject", dict, None)
t("CallObject", len, ["abc"])
t("CallObject", 5, ())
t("CallObject", len, (1,))
t("CallNoArgs", list)
def needs_one(x):
    return x


t("CallNoArgs", needs_one)
t("CallNoArgs", 5)
t("CallOneArg", len, [1, 2])
t("CallOneArg", str, 42)
t("CallOneArg", 5, 1)
for v in [len, Obj, Obj(), 5, print, "s"]:
    t("Callable", v)
t("Format", 3.14159, ".2f")
t("Format", 42, "05d")
t("Format", "s", ">4")
t("Format", 7, None)
t("Format", 7, 5)
t("Format", 7, "q")
for v in ["abc", "h\u00e9\u20ac", 1, [1, "\u00e9"]]:
    t("ASCII", v)

# abstract
for v in [5, True, Idx(), 2.5, "5", BIG]:
    t("Index", v)
for v in [5, True, 2.7, -2.7, Idx(), "5", [], Flt()]:
    t("Long", v)
for v in [5, 2.5, Idx(), Flt(), "5", [], BadFlt(), 10**400]:
    t("Float", v)
for v in [255, -255, 0, BIG, Idx(), "x", 2.5]:
    for base in [2, 8, 10, 16, 3]:
        t("ToBase", v, base)
for v in [1, 1.5, True, Idx(), Flt(), "1", [], None]:
    t("NCheck", v)
for v in [-3, 3.5, "x", BIG]:
    t("Absolute", v)
    t("Negative", v)
    t("Positive", v)
    t("Invert", v)
for v in [[1], (1,), "s", {}, {1}, 5, range(2), b"x", Mapping()]:
    t("SqCheck", v)
    t("SqSize", v)
    t("MpCheck", v)
    t("MpSize", v)
for i in [0, 1, -1, 5, -5]:
    t("SqGetItem", [7, 8], i)
    t("SqGetItem", "ab", i)
t("SqGetItem", {0: 1}, 0)
t("SqGetItem", 5, 0)
t("SqGetItem", Mapping(), 0)
L3 = [1, 2, 3]
t("SqSetItem", L3, -1, "z")
t("SqSetItem", L3, 5, "z")
t("SqSetItem", (1,), 0, "z")
t("SqSetItem", {}, 0, "z")
t("SqSetItem", 5, 0, "z")
t("SqDelItem", L3, 0)
t("SqDelItem", L3, 7)
t("SqDelItem", (1,), 0)
t("SqDelItem", 5, 0)
print(L3)
for c, v in [([1, 2], 2), ([1, 2], 3), ("abc", "b"), ("abc", 1), ({1: 2}, 1), (5, 1),
             (iter([1, 2]), 2)]:
    t("SqContains", c, v)
t("SqIndex", [5, 6, 7], 7)
t("SqIndex", [5, 6, 7], 8)
t("SqIndex", 5, 8)
t("SqCount", [1, 2, 1, 1], 1)
t("SqCount", "abc", "z")
t("SqCount", 5, 1)
for v in [[1, 2], (1, 2), "ab", {"k": 1}, range(3), iter([9]), 5]:
    t("SqTuple", v)
    t("SqList", v)
    t("SqFast", v)
for a, b in [([1], [2]), ((1,), (2,)), ("a", "b"), ([1], (2,)), (5, [1]), ([1], 5),
             ("a", 1)]:
    t("SqConcat", a, b)
for v in [{"a": 1, "b": 2}, Mapping(), 5, BadKeys(), [1]]:
    t("MpKeys", v)
    t("MpValues", v)
    t("MpItems", v)
t("MpGetItemString", {"k": 1}, b"k")
t("MpGetItemString", {"k": 1}, b"q")
t("MpGetItemString", Mapping(), b"ab")
t("MpGetItemString", 5, b"k")
t("MpHasKey", {"k": 1}, "k")
t("MpHasKey", {"k": 1}, "q")
t("MpHasKey", {"k": 1}, [])
t("MpHasKey", [1, 2], 1)
t("MpHasKey", 5, 1)
t("MpHasKeyString", {"k": 1}, b"k")
t("MpHasKeyString", {"k": 1}, b"z")
t("MpHasKeyString", 5, b"k")

# more
for v in [5, -1, 2**63, -2**63 - 1, BIG, "x", Idx()]:
    t("AsLongLongAndOverflow", v)
    t("AsUnsignedLongLongMask", v)
MS = {}
t("MpSetItemString", MS, b"key", 1)
t("MpSetItemString", [], b"key", 1)
t("MpSetItemString", 5, b"key", 1)
print(MS)
t("DelItemString", MS, b"key")
t("DelItemString", MS, b"key")
t("DelItemString", 5, b"key")
t("SqIn", [1, 2], 2)
t("SqIn", 5, 2)
t("SqLength", (1, 2))
t("SqLength", {})
t("MpLength", {"a": 1})
t("MpLength", 5)
for v in [iter([]), [1], 5, range(3), iter(range(3))]:
    t("IterCheck", v)
state = [0]


def counter():
    state[0] += 1
    return state[0]


t("CallIter", counter, 4)
t("CallIter", 5, 4)
it = iter([1])
t("IterNextOnce", it)
t("IterNextOnce", it)
t("IterNextOnce", it)


def gen():
    yield 1
    raise ValueError("from the generator")


g = gen()
t("IterNextOnce", g)
t("IterNextOnce", g)

t("InternSame", b"conform_values_interned")
t("InternSame", b"conform_values_interned")
for v, e, r in [("h\u00e9", None, None), ("h\u00e9", b"ascii", None),
                ("h\u00e9", b"ascii", b"replace"), ("h\u00e9", b"latin-1", None),
                ("\u20ac", b"latin-1", None), ("x", b"utf-8", None), (b"x", None, None),
                ("a\u20ac\U0001f600b", b"ascii", None), ("\U0001f600", b"latin-1", None)]:
    t("AsEncodedString", v, e, r)
for v in ["abc", "h\u00e9", "\u20ac", 5]:
    t("AsUTF8String", v)
    t("AsASCIIString", v)
    t("AsLatin1String", v)
for b, e, r in [(b"abc", None, None), (b"h\xc3\xa9", b"utf-8", None), (b"h\xe9", b"latin-1", None),
                (b"h\xe9", b"ascii", None), (b"h\xe9", b"ascii", b"ignore"), (b"h\xe9", None, None),
                (b"h\xe9", b"UTF_8", b"replace")]:
    t("UDecode", b, e, r)
for c in [65, 0xE9, 0x20AC, 0x1F600, 0x110000, -1]:
    t("FromOrdinal", c)
for s2, i in [("abc", 0), ("h\u00e9\U0001f600", 2), ("abc", 3), ("abc", -1), (b"abc", 0)]:
    t("ReadChar", s2, i)
for a, b in [(b"ab", b"cd"), (b"", b"x"), (b"ab", bytearray(b"!")), (b"ab", "cd"), (b"ab", 1)]:
    t("BConcat", a, b)
    t("BConcatAndDel", a, b)


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


class BadBytes:
    def __bytes__(self):
        return "str"


for v in [b"x", bytearray(b"ba"), [65, 66], (67,), HasBytes(), BadBytes(), 3, "s", iter([68]),
          Obj(), [300]]:
    t("ObjBytes", v)
for v, n in [([1, 2], 2), ("ab", 3), ((1,), 0), ("x", -1), (5, 2), ({}, 2)]:
    t("SqRepeat", v, n)
for v, a, b in [([1, 2, 3, 4], 1, 3), ("hello", -4, -1), ((1, 2), 0, 100), (5, 0, 1)]:
    t("SqGetSlice", v, a, b)
t("SelfIter", iter([]))
for u, base in [("12", 10), ("0x1f", 0), ("z", 36), ("12a", 10), (" 7 ", 0), ("1", 99)]:
    t("FromUnicodeObject", u, base)

# TODO(capi): lone surrogates (AsUTF8 UnicodeEncodeError) are not tested: Molt's str
# cannot hold them yet (chr(0xDC80) becomes U+FFFD).

# memory
t("mem")
print("done")
