log = []
def make_default(tag):
    log.append(tag)
    return tag

def f(a=make_default("a-default"), b=make_default("b-default")):
    return a, b

print(log)
print(f(), f(1), f(b=2))
print(log)

def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, [0]))

def counter_default(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter_default(), counter_default(), counter_default({}), counter_default())

x = 10
def uses_global_default(v=x * 2):
    return v
x = 1000
print(uses_global_default())

def kw_default_expr(*, sep=", ".join(["a", "b"])):
    return sep
print(kw_default_expr())
print(f.__defaults__, append_to.__defaults__, kw_default_expr.__kwdefaults__)
def g(a, b=2, *args, c=3, **kw):
    return a + b + c + sum(args) + sum(kw.values())
print(g(1), g(1, 1), g(1, 1, 1, 1), g(1, c=0), g(1, z=100))
