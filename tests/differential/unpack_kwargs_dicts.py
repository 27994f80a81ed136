def show(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())

print(show(b=1, a=2))
opts = {"z": 0, "y": [1]}
print(show(**opts, x="x"))
print(show(**{"with space": 1, "1digit": 2}))
class Mapping:
    def __init__(self, d):
        self.d = d
    def keys(self):
        print("keys called")
        return list(self.d)
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
print(show(**Mapping({"m": 1, "n": 2})))
print(dict(**{"a": 1}, b=2), dict(Mapping({"q": 9})))
print({**Mapping({"r": 3})})

def passthrough(*args, **kwargs):
    return show(**kwargs), args
print(passthrough(1, 2, k=3))

def wrapper(fn):
    def inner(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return inner

@wrapper
def target(x, y=0, *, z=1):
    return x + y + z
print(target(1, y=2, z=3), target(5))
try:
    target(1, w=5)
except TypeError as e:
    print(type(e).__name__, e)

kwargs = dict(sep="-", end="!\n")
print("a", "b", **kwargs)
args = ["x", "y"]
print(*args, sep="")
print(*[], "only")
print(*"abc", sep="|")
mutable = {"a": 1}
def mutator(**kw):
    kw["a"] = 99
    return kw
print(mutator(**mutable), mutable)
def count_kw(**kw):
    return len(kw)
print(count_kw(**{}, **dict.fromkeys("abc")))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
