class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False

def gen(log):
    with CM("outer", log):
        for i in range(3):
            with CM(f"inner{i}", log):
                yield i

log = []
g = gen(log)
print(next(g), next(g))
g.close()
print(log)

log = []
g = gen(log)
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError:
    pass
print(log)

log = []
print(list(gen(log)))
print(log)

class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("Suppress.__exit__", et.__name__ if et else None)
        return et is not None and issubclass(et, ValueError)

def gen_suppress():
    with Suppress():
        yield 1
        yield 2
    yield "after with"
s = gen_suppress()
print(next(s))
print(s.throw(ValueError("suppressed inside gen")))
print(list(s))

def gen_suppress_exit():
    with Suppress():
        yield 1
s2 = gen_suppress_exit()
next(s2)
s2.close()
print("closed s2")

class SwallowAll:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("swallowing", a[0].__name__ if a[0] else None)
        return True
def gen_swallow():
    with SwallowAll():
        yield 1
    yield 2
s3 = gen_swallow()
next(s3)
try:
    s3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
