def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))

calls = []
def default_factory(tag):
    calls.append(tag)
    return tag
def uses_defaults(a=default_factory("a"), *, b=default_factory("b")):
    return a, b
print(calls, uses_defaults(), uses_defaults(1, b=2), calls)
print(uses_defaults.__kwdefaults__)

n = 10
def captured(v=n):
    return v
n = 20
print(captured())

def dict_default(d={}):
    d[len(d)] = True
    return len(d)
print(dict_default(), dict_default(), dict_default({}))

def modify_defaults():
    pass
def with_def(a, b=2, c=3):
    return a, b, c
print(with_def(1), with_def.__defaults__)
try:
    with_def()
except TypeError as e:
    print(type(e).__name__, e)

def lam_defaults():
    return [(lambda x, k=k: x * k)(2) for k in range(4)]
print(lam_defaults())

class Cfg:
    level = 1
    def method(self, lvl=level):
        return lvl
Cfg.level = 5
print(Cfg().method())

def kwonly_default(*, a, b=a_default if False else 7):
    return a, b
print(kwonly_default(a=1))

def tricky(a, b=None, *args, c=[], **kw):
    c.append(a)
    return a, b, args, c, sorted(kw)
print(tricky(1))
print(tricky(2, 3, 4, 5, d=6))
print(tricky(3, c=["own"]))
print(tricky.__defaults__, tricky.__kwdefaults__)

def nested_default(x, f=lambda y: y + 1):
    return f(x)
print(nested_default(1), nested_default(1, lambda y: y * 100))

def gen_default(it=iter(range(3))):
    return next(it, "exhausted")
print([gen_default() for _ in range(5)])
print(with_def.__name__, append_to.__name__, lam_defaults.__qualname__)
