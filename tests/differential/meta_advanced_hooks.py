class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"__order__": []}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def method(self):
        pass
print(Rec.fields)

class QualCheck:
    q = __qualname__
    m = __module__
    class Inner:
        q = __qualname__
print(QualCheck.q, QualCheck.m, QualCheck.Inner.q)

class ExplicitType(metaclass=type):
    pass
print(type(ExplicitType).__name__, type(5).__name__)

class InitSub:
    subs = []
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        InitSub.subs.append((cls.__name__, tag))
class S1(InitSub): pass
class S2(InitSub, tag="two"): pass
class S3(S2, tag="three"): pass
print(InitSub.subs)
print(type(InitSub.__dict__["__init_subclass__"]).__name__)

class ClassCell:
    def get_class(self):
        return __class__
    def via_super(self):
        return super().__repr__()[:10]
print(ClassCell().get_class() is ClassCell, ClassCell().via_super().startswith("<__main__"))

class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class WithMetaCall(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMetaCall(3)
print(w.v, w.created_by_meta)

class NewReturnsOther:
    def __new__(cls, flag):
        if flag:
            return WithMetaCall(9)
        return super().__new__(cls)
    def __init__(self, flag):
        self.inited = True
a = NewReturnsOther(True)
b = NewReturnsOther(False)
print(type(a).__name__, hasattr(a, "inited"), type(b).__name__, b.inited)

class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj is None, owner.__name__)
class MetaWithDesc(type):
    attr = Desc()
class UsesMetaDesc(metaclass=MetaWithDesc):
    pass
print(UsesMetaDesc.attr)
class Shadows(metaclass=MetaWithDesc):
    attr = "class attr wins?"
print(Shadows.attr)
