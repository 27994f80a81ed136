log = []
def worker(name, n):
    try:
        for i in range(n):
            log.append(f"{name}{i}")
            yield i
    finally:
        log.append(f"{name}-fin")

a = worker("a", 3)
b = worker("b", 2)
res = []
for pair in zip(a, b):
    res.append(pair)
print(res)
print(log)
a.close()
b.close()
print(log)

def gen_return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
g = gen_return_in_finally()
print(next(g))
try:
    g.throw(ValueError("swallowed?"))
except StopIteration as e:
    print("StopIteration", e.value)

def gen_break_loop():
    for i in range(5):
        try:
            if i == 2:
                break
            yield i
        finally:
            print("finally at", i)
    yield "after loop"
print(list(gen_break_loop()))

def gen_continue():
    for i in range(4):
        try:
            if i % 2:
                continue
            yield i
        finally:
            print("fin", i)
print(list(gen_continue()))

def gen_exc_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = gen_exc_in_finally()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))

def gen_context():
    try:
        raise ValueError("inner")
    except ValueError:
        yield "in except"
        yield "still"
g = gen_context()
print(next(g))
try:
    raise TypeError("outer")
except TypeError:
    print(next(g))
print(list(g))

def gen_exc_context():
    try:
        yield
    except Exception as e:
        print("ctx:", repr(e.__context__))
        raise
g = gen_exc_context()
next(g)
try:
    try:
        raise OSError("caller ctx")
    except OSError:
        g.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("got back", repr(e), repr(e.__context__))

def early_exit():
    try:
        yield 1
        yield 2
    finally:
        print("early_exit cleaned")
for v in early_exit():
    print("v", v)
    break
print("end")
