import conform_types
from conform_types import Vec2, Counter


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


# --- construction, repr, str ------------------------------------------------------
v = Vec2(3, 4)
w = Vec2(1.5, -2)
print(repr(v), str(w), v, [v, w])
print(Vec2(), Vec2(2))
attempt(lambda: Vec2(1, 2, 3))
attempt(lambda: Vec2("a", 1))
attempt(lambda: Vec2(x=1))

# --- members ------------------------------------------------------------------------
print(v.x, v.y, type(v.x).__name__)
v.x = 5
print(v.x, v)
v.x = 3.0
print(v.id > 0, v.weight, v.count, v.flag, v.kind, v.extra)
attempt(lambda: setattr(v, "id", 9))
attempt(lambda: setattr(v, "x", "no"))
print(v)  # CPython stores -1.0 before reporting the error
v.x = 3
attempt(lambda: delattr(v, "x"))
attempt(lambda: setattr(v, "kind", "other"))
attempt(lambda: v.label)
attempt(lambda: delattr(v, "label"))
v.label = "first"
print(v.label)
del v.label
attempt(lambda: v.label)
v.weight = 7
v.count = 11
print(v.weight, v.count)
attempt(lambda: setattr(v, "count", 1.5))
attempt(lambda: setattr(v, "weight", "w"))
print(v.weight, v.count)
v.flag = True
print(v.flag)
attempt(lambda: setattr(v, "flag", 1))
v.extra = [1, 2]
print(v.extra)
del v.extra
print(v.extra)
attempt(lambda: v.nothing)
attempt(lambda: setattr(v, "nothing", 1))

# --- getset ---------------------------------------------------------------------------
print(v.norm2, v.tag)
u = Vec2(1, 1)
u.norm2 = 9
print(u)
attempt(lambda: setattr(u, "norm2", -1))
attempt(lambda: delattr(u, "norm2"))
attempt(lambda: setattr(u, "tag", "t"))

# --- methods --------------------------------------------------------------------------
print(v.dot(w), v.scaled(2), Vec2.dot(v, v))
attempt(lambda: v.dot(3))
attempt(lambda: v.scaled())
s = Vec2(1, 2)
print(s.swap(), s)
print(Vec2.from_pair((5, 6)), v.from_pair((7, 8)))
attempt(lambda: Vec2.from_pair([1, 2]))
print(Vec2.zero(), v.zero(), Vec2.count_args(1, 2, 3), v.count_args())

# --- operators --------------------------------------------------------------------------
print(v + w, v - w, v * 2, 2 * v, v * 0.5, -v)
attempt(lambda: v + 1)
attempt(lambda: v * v)
attempt(lambda: "s" - v)
print(bool(v), bool(Vec2()), not Vec2())
print(v == Vec2(3, 4), v != Vec2(3, 4), v == w, v == 5)
attempt(lambda: v < w)
t = Vec2(1, 1)
t += Vec2(1, 1)
print(t)

# --- hashing --------------------------------------------------------------------------
d = {Vec2(1, 2): "a", Vec2(3, 4): "b"}
print(d[Vec2(1, 2)], d[v], hash(v) == hash(Vec2(3, 4)), len(d))
print(len({Vec2(1, 1), Vec2(1, 1), Vec2(2, 2)}))

# --- sequence / mapping ---------------------------------------------------------------
print(len(v), v[0], v[1], v[-1], v[-2])
attempt(lambda: v[2])
attempt(lambda: v["a"])
print(3 in v, 3.0 in v, 10 in v)
attempt(lambda: "z" in v)

# --- iteration ----------------------------------------------------------------------------
print(list(v), tuple(w), [c * 2 for c in v])
it = iter(v)
print(type(it).__name__, iter(it) is it, next(it), next(it))
attempt(lambda: next(it))
a, b = w
print(a, b, sum(v), max(v), sorted(w))

# --- types, names, docs -------------------------------------------------------------------
print(type(v).__name__, type(v).__qualname__, type(v).__module__, Vec2.__doc__)
print(repr(Vec2), repr(type(it)), type(it).__module__)
print(isinstance(v, Vec2), isinstance(3, Vec2), issubclass(Vec2, object), type(v) is Vec2)
print(Vec2.__mro__, Vec2.__bases__)
print(conform_types.is_heap_type(Vec2), conform_types.is_heap_type(Counter))
print(conform_types.has_slot(Vec2), conform_types.has_slot(Counter))
print(type(Vec2.dot).__name__, type(Vec2.x).__name__, type(Vec2.norm2).__name__)
print(type(Vec2.__add__).__name__, Vec2.__add__(v, w), Vec2.__getitem__(v, 1))
print(v.__repr__(), v.__len__(), v.__eq__(Vec2(3, 4)), v.__mul__(3))
r = conform_types.make_raw()
print(r, r.kind)


# --- a Python subclass of the C type ------------------------------------------------------
class Named(Vec2):
    """A named vector."""

    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

    def __repr__(self):
        return "Named(" + self.name + ", " + super().__repr__() + ")"

    def dot(self, other):
        return super().dot(other) * 10

    def __add__(self, other):
        r = super().__add__(other)
        return Named(r.x, r.y, self.name + "+")


n = Named(1, 2, "n")
print(n, str(n), n.name, n.x, n.y, n.norm2, len(n), list(n))
print(n.dot(Vec2(1, 1)), Vec2.dot(n, Vec2(1, 1)))
print(n + Vec2(1, 1), Vec2(1, 1) + n, n * 2)
print(isinstance(n, Vec2), type(n).__name__, type(n).__module__, Named.__mro__)
print(Named.from_pair((3, 4)), type(Named.from_pair((3, 4))).__name__, n.scaled(3))
print(n == Vec2(1, 2), hash(n) == hash(Vec2(1, 2)))
n.extra_attr = 5
print(n.extra_attr, sorted(n.__dict__))
attempt(lambda: Named(1, 2))


class Plain(Vec2):
    pass


p = Plain(5, 6)
print(p, type(p).__name__, p.x, p.tag, p + p, Plain.zero())

# --- the heap type from a spec --------------------------------------------------------------
c = Counter()
print(c, c(), c(), c.count, c.step)
c2 = Counter(5)
print(c2(), c2(), c2)
c2.reset()
print(c2, c2.count)
attempt(lambda: setattr(c2, "count", 3))
c2.step = 2
print(c2())
attempt(lambda: c(1))
attempt(lambda: Counter("x"))
attempt(lambda: Counter(1, 2))
print(conform_types.total_calls())
print(type(c).__name__, type(c).__qualname__, type(c).__module__, Counter.__doc__)
print(repr(Counter), isinstance(c, Counter), Counter.__mro__)
print(conform_types.type_module_of(c) is conform_types)
attempt(lambda: conform_types.type_module_of(v))
print(callable(c), callable(v))
attempt(lambda: v())

# --- types that cannot be instantiated or subclassed -----------------------------------------
attempt(lambda: type(iter(v))())
attempt(lambda: type("Sub", (Counter,), {}))
attempt(lambda: type("Sub", (type(iter(v)),), {}))

# --- capsules -----------------------------------------------------------------------------------
api = conform_types._api
print(type(api).__name__, conform_types.capsule_value(api), conform_types.capsule_checks(api))
attempt(lambda: conform_types.capsule_checks(5))
tmp = conform_types.new_capsule()
print(conform_types.capsule_checks(tmp))
attempt(lambda: conform_types.capsule_value(tmp))
attempt(lambda: conform_types.capsule_value("nope"))
del tmp
print(conform_types.destroyed())
print(conform_types.capsule_import(0))
attempt(lambda: conform_types.capsule_import(1))
attempt(lambda: conform_types.capsule_import(2))
attempt(lambda: conform_types.capsule_import(3))
attempt(lambda: conform_types.bad_capsule())

# --- hand-made descriptors -------------------------------------------------------------------
for name in ["d_method", "d_classmethod", "d_member", "d_getset"]:
    print(name, type(getattr(conform_types, name)).__name__)
print(conform_types.d_method(Vec2(2, 5)))
attempt(lambda: conform_types.d_method(5))
mv = Vec2(1, 2)
attempt(lambda: conform_types.member_roundtrip(mv))
print(mv, conform_types.member_roundtrip.__name__)

# --- many instances of the subclasses come and go (the class keeps its references) ------------
total = 0.0
for i in range(2000):
    total += Named(i, 1, "t").x + Plain(1, i).y
print(total, Named(1, 1, "again"), Plain.__name__, Named.__name__)


def type_refs_kept(cls, make):
    before = conform_types.refcount(cls)
    for i in range(100):
        make()
    return conform_types.refcount(cls) - before


print(type_refs_kept(Named, lambda: Named(1, 2, "r")), type_refs_kept(Plain, lambda: Plain(3, 4)))
print(type_refs_kept(Counter, lambda: Counter(2)), type_refs_kept(Counter, lambda: Counter(3)()))

# --- a spec type with a static C base, and a Python subclass of it -----------------------------
Tagged = conform_types.Tagged
g = Tagged(1, 2)
print(g, repr(g), g.tag, len(g), g[0], list(g), g + g, g.norm2, g.describe())
g.tag = ["t"]
print(g.describe(), g.tag, isinstance(g, Vec2), Tagged.__mro__, Tagged.__doc__, Tagged.__module__)
print(conform_types.is_heap_type(Tagged), conform_types.has_slot(Tagged))


class MyTagged(Tagged):
    def describe(self):
        return "my " + super().describe()


h = MyTagged(5, 6)
h.tag = "h"
h.note = 1
print(h.describe(), h, len(h), h.note, type(h).__mro__)
print(type_refs_kept(MyTagged, lambda: MyTagged(1, 1)), type_refs_kept(Tagged, lambda: Tagged(1, 1)))

# --- the slot wrappers called explicitly --------------------------------------------------------
z = Vec2.__new__(Vec2)
print(z, type(z).__name__)
Vec2.__init__(z, 8, 9)
print(z, Vec2.__repr__(z), Vec2.__str__(z), Vec2.__hash__(z) == hash(z), Vec2.__len__(z))
print(Vec2.__neg__(z), Vec2.__bool__(z), Vec2.__contains__(z, 9), Vec2.__iter__(z).__next__())
print(Vec2.__eq__(z, z), Vec2.__ne__(z, z), Vec2.__lt__(z, z), Vec2.__rmul__(z, 2), Vec2.__sub__(z, z))
attempt(lambda: Vec2.__new__(int))
attempt(lambda: Vec2.__repr__(5))
print(Counter.__call__(Counter(4)), Counter.__new__(Counter))

# --- unhashable C types ---------------------------------------------------------------------------
attempt(lambda: hash(Tagged(1, 2)))
attempt(lambda: hash(Counter()))
print(Tagged.__hash__, Counter.__hash__, Counter() == Counter(), Vec2.__hash__ is None)
cc = Counter()
print(cc == cc, cc != cc)
attempt(lambda: cc.missing)
attempt(lambda: setattr(cc, "missing", 1))

# --- a sequence type with sq_* slots only, and number conversions ---------------------------------
Quad = conform_types.Quad
q = Quad(1, 2, 3, 4)
print(q, len(q), q[0], q[3], q[-1], list(q), 3 in q, 9 in q)
q[1] = 20
print(q, q * 2, 3 * q, int(q), float(q), [10, 20, 30, 40, 50][Quad(0, 1, 0, 0)])
attempt(lambda: q[4])
attempt(lambda: q[-5])
attempt(lambda: q.__setitem__(9, 1))
attempt(lambda: q.__delitem__(0))
attempt(lambda: q["a"])
attempt(lambda: Quad("a"))
print(Quad.__getitem__(q, 2), Quad.__len__(q), q.__mul__(2), q.__rmul__(3), q.__index__())
print(sorted(n for n in dir(Quad) if n.startswith("__") and n in ("__getitem__", "__setitem__", "__len__", "__mul__", "__int__", "__float__", "__index__", "__delitem__", "__rmul__")))
print(Quad.__getitem__(q, -1), q.__setitem__(-1, 7), q, Quad.__mul__(q, 0))
attempt(lambda: q.__mul__("x"))

# --- METH_METHOD and PyType_GetModuleByDef ---------------------------------------------------------
print(Counter().defining(), Counter().defining(1, 2), conform_types.module_by_def(Counter) is conform_types)
attempt(lambda: conform_types.module_by_def(Vec2))
attempt(lambda: conform_types.module_by_def(Tagged))

# --- a variable-size GC type, and an object from PyObject_Malloc + PyObject_Init -----------------
sq5 = conform_types.squares(5)
print(type(sq5).__name__, len(sq5), list(sq5), sq5[4], len(conform_types.squares(0)))
attempt(lambda: sq5[5])
attempt(lambda: conform_types.squares(-1))
big = conform_types.squares(1000)
print(sum(big), big[999])
del big, sq5
mv2 = conform_types.manual_vec()
print(mv2, mv2.kind, mv2 + Vec2(1, 1), type(mv2) is Vec2)
del mv2

# --- a descriptor written in C, and a custom tp_getattro ------------------------------------------
class Holder:
    c = conform_types.Const(5)


hh = Holder()
print(hh.c, type(Holder.c).__name__, Holder.__dict__["c"].sets)
hh.c = 8
print(hh.c, Holder().c, Holder.__dict__["c"].sets)
attempt(lambda: delattr(hh, "c"))
attempt(lambda: setattr(hh, "c", "x"))
d1 = conform_types.Dyn()
print(d1.anything, d1.other, type(d1).__name__, d1.__class__.__name__)


class SubDyn(conform_types.Dyn):
    known = 1


sd = SubDyn()
print(sd.known, sd.unknown)

# --- in-place, division, power, abs ------------------------------------------------------------
acc = Vec2(1, 1)
same = acc
acc += Vec2(2, 3)
print(acc, acc is same, acc / 2, abs(acc), acc ** 2, pow(acc, 3))
attempt(lambda: acc / 0)
attempt(lambda: acc / "x")
attempt(lambda: pow(acc, 2, 5))
attempt(lambda: 2 ** acc)
q2 = Vec2(1, 1)
q2 -= Vec2(1, 2)
print(q2, Vec2.__truediv__(acc, 4), Vec2.__abs__(acc), Vec2.__pow__(acc, 2), Vec2.__iadd__(Vec2(1, 1), acc))
cd_ = Holder.__dict__["c"]
print(cd_.__get__(hh, Holder), cd_.__get__(None, Holder) is cd_, cd_.__set__(hh, 11), hh.c)
attempt(lambda: cd_.__get__(None, None))
attempt(lambda: cd_.__delete__(hh))

# --- a spec type without its own dealloc / new, and a Python subclass of it -------------------
Blank = conform_types.Blank
bl = Blank()
bl.n = 41
print(bl.n + 1, Blank.__module__, Blank.__doc__, type(bl).__mro__)
attempt(lambda: Blank(1))


class SubBlank(Blank):
    pass


sb = SubBlank()
sb.n = 2
sb.other = 3
print(sb.n, sb.other)
print(type_refs_kept(Blank, Blank), type_refs_kept(SubBlank, SubBlank), type_refs_kept(Blank, SubBlank))
del bl, sb
