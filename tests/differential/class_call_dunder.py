class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return (self.count, args, sorted(kwargs.items()))

add5 = Adder(5)
print(add5(10), add5(-5), callable(add5), list(map(add5, [1, 2, 3])))
c = Counter()
print(c(), c(1, 2), c(k="v"), c.count)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

def slow_square(n):
    print("computing", n)
    return n * n

ms = Memo(slow_square)
print(ms(4), ms(4), ms(5), len(ms.cache))

class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
print(Compose(str, abs, Adder(-10))(3))
print(sorted([3, -7, 5], key=Adder(0)))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
