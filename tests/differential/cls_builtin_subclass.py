class MyList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def total(self):
        return sum(self)

ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
ml += [5]
print(ml, type(ml).__name__, ml.total(), len(ml))
print(type(ml + [6]).__name__, type(ml[1:]).__name__, type(ml * 2).__name__)

class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper() if isinstance(k, str) else k, v)
md = MyDict()
md["a"] = 1
md.update(b=2)
print(md, dict(md), isinstance(md, dict))
md2 = MyDict(c=3)
print(md2)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, u == "HI", len(u))

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __add__(self, o):
        return Pos(int(self) + int(o))
p = Pos(3)
print(p + 4, type(p + 4).__name__, type(4 + p).__name__, type(p * 2).__name__, p == 3)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)

class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Pt(1, 2)
print(pt, pt.x, pt + (3,), type(pt + (3,)).__name__, hash(pt) == hash((1, 2)))

class FloatTag(float):
    tag = "ft"
f = FloatTag(2.5)
print(f * 2, f.tag, f.is_integer(), round(f), int(f))

class MySet(set):
    pass
s = MySet([3, 1])
print(sorted(s | {2}), type(s | {2}).__name__, type(s.copy()).__name__)

class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except E as e:
    print(e, e.code, e.args, repr(e))

class AttrList(list):
    pass
al = AttrList()
al.name = "x"
print(al.name, al.__dict__)
try:
    [].name = 1
except AttributeError as e:
    print(type(e).__name__, e)
