def g():
    try:
        x = yield 1
        print("x =", x)
        y = yield x * 2
        print("y =", y)
    except Exception as e:
        print("exception inside:", type(e).__name__, e)
        yield "after exception"
    finally:
        print("finally of g")

gen = g()
print(gen.send(None))
print(gen.send(5))
print(gen.throw(RuntimeError("via instance")))
try:
    next(gen)
except StopIteration:
    print("stopped")

def counter_gen():
    i = 0
    while True:
        reset = yield i
        i = 0 if reset else i + 1
c = counter_gen()
print([next(c) for _ in range(3)], c.send(True), next(c))

def chain_gens(*gens):
    for gg in gens:
        result = yield from gg
        print("sub result", result)

def sub(n):
    for i in range(n):
        yield i
    return n * 100
print(list(chain_gens(sub(2), sub(0), sub(1))))

def gen_unpack():
    a, b = yield
    print("unpacked", a, b)
    yield a + b
u = gen_unpack()
next(u)
print(u.send((3, 4)))

def gen_in_class():
    class Tmp:
        def items(self):
            yield from ("m", "n")
    return list(Tmp().items())
print(gen_in_class())

def gen_list_mutation():
    data = [1, 2, 3]
    for v in data:
        if v == 1:
            data.append(4)
        yield v
print(list(gen_list_mutation()))

def gen_dict_iter_mutation():
    d = {"a": 1}
    for k in d:
        yield k
        d["b"] = 2
try:
    print(list(gen_dict_iter_mutation()))
except RuntimeError as e:
    print(type(e).__name__, e)

import itertools
def numbered():
    for i in itertools.count():
        yield f"item{i}"
print(list(itertools.islice(numbered(), 3)))
gens = [(x * k for x in range(3)) for k in range(3)]
print([list(gg) for gg in gens])
def closure_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(4):
        add(i)
        yield total
print(list(closure_gen()))
