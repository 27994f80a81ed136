class Plain:
    pass
p = Plain()
p.__len__ = lambda: 5
p.__repr__ = lambda: "instance repr"
p.__call__ = lambda: "instance call"
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(p).startswith("<__main__.Plain object"), p.__len__(), p.__repr__())
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

class WithLen:
    def __len__(self):
        return 3
w = WithLen()
w.__len__ = lambda: 99
print(len(w), w.__len__())

class Dyn:
    pass
Dyn.__len__ = lambda self: 7
Dyn.__getitem__ = lambda self, i: i * 2
Dyn.__eq__ = lambda self, o: True
Dyn.__hash__ = lambda self: 1
d = Dyn()
print(len(d), d[4], d == 5, hash(d))
del Dyn.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
Dyn.__add__ = lambda self, o: "added"
Dyn.__radd__ = lambda self, o: "radded"
print(d + 1, 1 + d)
Dyn.__iter__ = lambda self: iter("xy")
print(list(d), [*d])
Dyn.__bool__ = lambda self: False
print(bool(d), "falsy" if not d else "truthy")
Dyn.__contains__ = lambda self, x: x == "magic"
print("magic" in d, "other" in d)
Dyn.__str__ = lambda self: "dyn str"
print(str(d), f"{d}")

class Ctx:
    pass
c = Ctx()
c.__enter__ = lambda: "inst enter"
c.__exit__ = lambda *a: None
try:
    with c:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class GetattrNoSpecial:
    def __getattr__(self, name):
        return lambda *a: f"getattr gave {name}"
g = GetattrNoSpecial()
print(g.anything())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(g)
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __len__(cls):
        return 42
class WithMetaLen(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMetaLen), len(WithMetaLen()))
