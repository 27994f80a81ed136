class Meta(type):
    counter = 0
    def __new__(mcls, name, bases, ns):
        ns["created_index"] = Meta.counter
        Meta.counter += 1
        ns.setdefault("describe", lambda self: f"{type(self).__name__}#{self.created_index}")
        return super().__new__(mcls, name, bases, ns)
    def class_method_on_meta(cls):
        return f"meta method called on {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quacks") or inst.__class__ in cls.__mro__ or any(c is cls for c in type(inst).__mro__)
    def __iter__(cls):
        return iter(k for k in vars(cls) if not k.startswith("_"))
    def __contains__(cls, item):
        return item in vars(cls)
    def __bool__(cls):
        return cls.__name__ != "Falsy"
    def __add__(cls, other):
        return Meta(f"{cls.__name__}Plus{other.__name__}", (cls, other), {})

class A(metaclass=Meta):
    x = 1
class B(A):
    def describe(self):
        return "custom describe"
class Falsy(metaclass=Meta):
    pass

print(A.created_index, B.created_index, A().describe(), B().describe())
print(A.class_method_on_meta(), A.upper_name)
try:
    A().class_method_on_meta()
except AttributeError as e:
    print(type(e).__name__, e)
class Duck:
    quacks = True
class Pretender:
    pretend = True
print(isinstance(Duck(), A), isinstance(5, A), isinstance(B(), A))
print(sorted(A), "x" in A, "y" in A, bool(A), bool(Falsy))
class Other(metaclass=Meta):
    pass
C = A + Other
print(C.__name__, [k.__name__ for k in C.__mro__], type(C).__name__)
print(type(A).__name__, type(type(A)).__name__, isinstance(A, type), A.__class__ is Meta)
print(Meta.counter, Meta.__mro__[1].__name__)
