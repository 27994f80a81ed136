def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1())

def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders

for a in make_adders():
    print(a(10))

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
out = []
for f in late_binding():
    out.append(f())
print(out)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def accumulator():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return list(items)
    return add, get

add, get = accumulator()
add("a"); add("b")
print(add("c"), get())
