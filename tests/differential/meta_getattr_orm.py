class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("find_by_"):
            field = name[len("find_by_"):]
            return lambda v: [r for r in cls.rows if r.get(field) == v]
        raise AttributeError(f"{cls.__name__} has no {name}")
    @property
    def count(cls):
        return len(cls.rows)
    def __len__(cls):
        return len(cls.rows)
    def __iter__(cls):
        return iter(cls.rows)
    def __getitem__(cls, i):
        return cls.rows[i]
    def __contains__(cls, item):
        return item in cls.rows
    def __repr__(cls):
        return f"<Model {cls.__name__} ({len(cls.rows)} rows)>"
    def __or__(cls, other):
        return type(f"{cls.__name__}Or{other.__name__}", (), {})
class User(metaclass=Meta):
    rows = [{"name": "ann", "role": "admin"}, {"name": "bob", "role": "dev"}, {"name": "cy", "role": "dev"}]
print(User.find_by_role("dev"), User.find_by_name("ann"), User.count, len(User), User[0], list(User)[-1])
print({"name": "cy", "role": "dev"} in User, User, (User | User).__name__)
try:
    User.nothing
except AttributeError as e:
    print("AttributeError:", e)
u = User()
try:
    u.find_by_role
except AttributeError as e:
    print("AttributeError:", e)
try:
    u.count
except AttributeError as e:
    print("AttributeError:", e)
class Late:
    pass
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
    def __get__(self, obj, typ=None): return "D"
Late.attr = D()
print(Late().attr)
setattr(Late, "other", 5)
print(Late.other, hasattr(Late, "attr"))
class Reg(type):
    order = []
    def __new__(m, name, bases, ns):
        Reg.order.append(name)
        return super().__new__(m, name, bases, ns)
def deco(cls):
    Reg.order.append("deco:" + cls.__name__)
    return cls
@deco
class A(metaclass=Reg):
    class Inner(metaclass=Reg):
        pass
    def __init_subclass__(cls, **kw):
        Reg.order.append("init_subclass:" + cls.__name__)
@deco
class B(A):
    pass
print(Reg.order)
