x = "global x"
class A:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    lst = [x for _ in range(1)]
    gen_first = [x * 2 for x in ["a"]]
    z = (lambda: x)()
print(A.y, A().method(), A.lst, A.gen_first, A.z)

class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        filtered = [i for i in items if i in items]
    except NameError as e:
        filtered = f"NameError {e}"
print(B.doubled, B.filtered)

def f():
    y = "function y"
    class C:
        y = "class y"
        def get(self):
            return y
        seen = y
    return C().get(), C.seen
print(f())

def g():
    v = "enclosing"
    class D:
        print("in class body, v =", v)
        w = v.upper()
    return D.w
print(g())

def h():
    n = 1
    class E:
        nonlocal n
        n = 2
    return n
print(h())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at = self.count
for _ in range(3):
    c = Counter()
print(Counter.count, c.count_at)

class Shadow:
    value = 1
    def get_value(self):
        return value if False else self.value
    def use_unqualified(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"
print(Shadow().get_value(), Shadow().use_unqualified())

class Outer:
    a = 1
    class Inner:
        try:
            b = a + 1
        except NameError as e:
            b = str(e)
print(Outer.Inner.b)

class Ns:
    one = 1
    two = one + 1
    del one
print(hasattr(Ns, "one"), Ns.two, sorted(k for k in vars(Ns) if not k.startswith("__")))

print(Outer.Inner.__qualname__)
def fn():
    class Local:
        def m(self): pass
    return Local
print(fn().__qualname__, fn().m.__qualname__)
