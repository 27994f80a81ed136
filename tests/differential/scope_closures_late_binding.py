fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])

def make():
    out = []
    for i in range(3):
        def g():
            return i
        out.append(g)
    i = 99
    return out
print([g() for g in make()])

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())

def shadow():
    x = 1
    def inner():
        x = 2
        def deeper():
            nonlocal x
            x += 10
            return x
        return deeper(), x
    return inner(), x
print(shadow())

def unbound_closure():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(unbound_closure())

def del_closure():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
del_closure()

def cell_shared():
    funcs = []
    for name in ("a", "b"):
        def mk(n=name):
            val = n
            def get():
                return val
            def set_(nv):
                nonlocal val
                val = nv
            return get, set_
        funcs.append(mk())
    funcs[0][1]("A!")
    return [g() for g, s in funcs]
print(cell_shared())

adders = {}
for n in range(3):
    adders[n] = (lambda n: lambda x: x + n)(n)
print([adders[k](10) for k in adders])

gen_late = (lambda: j for j in range(2))
print([f() for f in list(gen_late)])
x = 1
def reads_global():
    return x
x = 2
print(reads_global())
def compose(*fs):
    def composed(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
