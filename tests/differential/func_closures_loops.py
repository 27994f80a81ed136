def build():
    funcs = {}
    for name in ["double", "triple", "square"]:
        if name == "double":
            def fn(x):
                return x * 2
        elif name == "triple":
            def fn(x):
                return x * 3
        else:
            def fn(x):
                return x * x
        funcs[name] = fn
    return funcs
fs = build()
for k in fs:
    print(k, fs[k](7))

def make_multipliers():
    out = []
    for i in range(1, 4):
        out.append(lambda x, i=i: x * i)
    return out
print(list(map(lambda f: f(10), make_multipliers())))

def closure_sees_updates():
    v = 1
    def get():
        return v
    v = 2
    r1 = get()
    v = 3
    return r1, get()
print(closure_sees_updates())

def counter_factory():
    counters = []
    for i in range(3):
        def make(start):
            n = start
            def inc():
                nonlocal n
                n += 1
                return n
            return inc
        counters.append(make(i * 100))
    return counters
cs = counter_factory()
print(cs[0](), cs[0](), cs[1](), cs[2](), cs[0]())

def cell_shared():
    x = 0
    def a():
        nonlocal x
        x += 1
        return x
    def b():
        nonlocal x
        x += 10
        return x
    return a, b
a, b = cell_shared()
print(a(), b(), a(), b())
