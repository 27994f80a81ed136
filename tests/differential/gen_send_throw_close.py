def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
                print("got", x)
            except ValueError as e:
                print("caught ValueError in gen:", e)
                yield "recovered"
    finally:
        print("finally; received =", received)

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.send(None))
g.close()
print("closed")
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.args)

def not_started():
    yield 1
ns = not_started()
try:
    ns.send(5)
except TypeError as e:
    print(type(e).__name__, e)
ns.close()
ns.close()
print("double close ok")

def refuse_close():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2
r = refuse_close()
next(r)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_value():
    x = yield 1
    return x * 2
rv = returns_value()
next(rv)
try:
    rv.send(21)
except StopIteration as e:
    print("return value", e.value, e.args)

def throw_unhandled():
    try:
        yield 1
    finally:
        print("cleanup")
t = throw_unhandled()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    t.throw(KeyError("again"))
except KeyError as e:
    print("after finish", repr(e))

t2 = throw_unhandled()
try:
    t2.throw(IndexError("unstarted"))
except IndexError as e:
    print("unstarted throw", e)

def gen_exit_catch_return():
    try:
        yield 1
    except GeneratorExit:
        print("exiting cleanly")
        return 5
ge = gen_exit_catch_return()
next(ge)
print(ge.close())
print(ge.gi_running)

def stop_in_gen():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
