log = []
class Tracer:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append((self.tag, owner.__name__, name))
    def __get__(self, obj, owner):
        return f"{self.tag}@{owner.__name__}"

class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(("meta-new-start", name))
        cls = super().__new__(mcls, name, bases, ns)
        log.append(("meta-new-end", name))
        return cls

class Base(metaclass=Meta):
    first = Tracer("t1")
    second = Tracer("t2")
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__))
        super().__init_subclass__(**kw)

class Child(Base):
    third = Tracer("t3")

for entry in log:
    print(entry)
print(Child.first, Child.third, Base.second, Child().second)

shared = Tracer("shared")
class X:
    a = shared
    b = shared
print(log[-2:])

class Y:
    pass
Y.late = Tracer("late")
print(Y.late, log[-1])

class Z:
    t = Tracer("z")
    del t
print(hasattr(Z, "t"), log[-1])

class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_v_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Rec:
    alpha = Validator()
    beta = Validator()
r = Rec()
r.alpha = 1
print(r.alpha, r.beta, sorted(vars(r)), Rec.alpha.public, Rec.beta.private)
