import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 8)))
print(functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(lambda a, b: a + b, ["x"], ">"))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda acc, c: c + acc, "abc", ""))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))


def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)


p = functools.partial(f, 1)
print(p(), p(5), p(5, 6, 7), p(b=9), p.func is f, p.args, p.keywords)
q = functools.partial(f, 1, x=10)
print(q(2, y=3), q(x=99), q.keywords)
r = functools.partial(q, 2, z=0)
print(r(), r.args, r.keywords, r.func is f)
print(type(p).__name__, type(p), isinstance(p, functools.partial))
print(repr(functools.partial(len, "abc")), repr(functools.partial(max, 1, key=abs)))
print(functools.partial(len, "abcd")(), list(map(functools.partial(pow, 2), range(6))))
base2 = functools.partial(int, base=2)
print(base2("1011"), base2("11", base=8))
p.note = "hello"
print(p.note, p.__dict__)
print(sorted(["b", "A", "c"], key=functools.partial(str.lower)))


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name, punct="!"):
        return self.greeting + ", " + name + punct


g = Greeter("Hi")
hi = functools.partial(g.greet, punct="?")
print(hi("Ann"), hi("Bob", punct="."))
unbound = functools.partial(Greeter.greet, g)
print(unbound("Cy"))


class MyPartial(functools.partial):
    def describe(self):
        return "calls %s with %r" % (self.func.__name__, self.args)


mp = MyPartial(f, 7)
print(mp(8), mp.describe(), type(mp).__name__, isinstance(mp, functools.partial))


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: functools.reduce(lambda a, b: a + b, []))
show(lambda: functools.reduce())
show(lambda: functools.reduce(1, 2))
show(lambda: functools.reduce(lambda a, b: a, [1], initial=2))
show(lambda: functools.reduce(lambda a, b: a, [1], 2, 3))
show(lambda: functools.partial())
show(lambda: functools.partial(1))
show(lambda: p.__setattr__("func", len))
show(lambda: functools.partial(f)())
