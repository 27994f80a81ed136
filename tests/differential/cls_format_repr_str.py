class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(str(self), spec)
        raise ValueError(f"bad spec {spec!r}")

m = Money(1234)
print(m, repr(m), str(m), f"{m}", f"{m!r}", f"{m!s}", f"{m:c}", f"{m:>12}|")
print("{} {!r} {:c}".format(m, m, m))
print(format(m), format(m, "c"))
try:
    f"{m:zz}"
except ValueError as e:
    print(type(e).__name__, e)
print([m], (m,), {"k": m})

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(type(e).__name__, e)

class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at"))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class Ascii:
    def __repr__(self):
        return "héllo→"
print(ascii(Ascii()), repr(Ascii()), ascii("ü"), ascii([Ascii()]))

class SubStr(str):
    def __str__(self):
        return "overridden"
ss = SubStr("base")
print(ss, str(ss), ss + "!", repr(ss), "%s" % ss)

class SubInt(int):
    def __repr__(self):
        return f"SubInt({int(self)})"
si = SubInt(5)
print(si, repr(si), f"{si}", str(si), "%d" % si, "%r" % si)

class Rec:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return f"Rec({self.me!r})"
lst = [1]
lst.append(lst)
print(lst)
dd = {}
dd["self"] = dd
print(dd)

class FmtSpec:
    def __format__(self, spec):
        return f"<{spec}>"
x = FmtSpec()
w = 10
print(f"{x:{w}.{w - 7}f}", f"{x:>{w}}", "{0:abc}".format(x), format(x, "!r"))
