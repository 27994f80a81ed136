def two(a, b):
    return a + b

def defaults(a, b=1, c=2):
    return a

def kwo(a, *, b):
    return a

def noargs():
    return 0

def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("missing one", two, 1)
attempt("missing two", two)
attempt("extra positional", two, 1, 2, 3)
attempt("unexpected kw", two, 1, 2, c=3)
attempt("multiple values", two, 1, a=2)
attempt("defaults too many", defaults, 1, 2, 3, 4)
attempt("defaults missing", defaults)
attempt("kwonly missing", kwo, 1)
attempt("kwonly positional", kwo, 1, 2)
attempt("noargs given", noargs, 5)
attempt("noargs kw", noargs, x=5)
attempt("lambda", lambda x: x)
attempt("good", two, 1, b=2)

def three(a, b, c):
    return a
attempt("missing three", three)
attempt("missing last two", three, 1)
attempt("not callable", 5)
attempt("star non-iterable", two, *[1])
try:
    two(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two(**{"a": 1, "b": 2, "z": 3})
except TypeError as e:
    print(type(e).__name__, e)
