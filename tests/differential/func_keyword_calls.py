def describe(name, age, city="Nowhere", *, verbose=False):
    s = name + " (" + str(age) + ") from " + city
    if verbose:
        s += " [verbose]"
    return s

print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", 40, city="Oslo"))
print(describe("Di", 50, "Rome", verbose=True))
opts = {"verbose": True, "city": "Lima"}
print(describe("Ed", 60, **opts))
args = ["Flo", 70]
print(describe(*args))
print(describe(*args, **{"city": "Kyiv"}))

def order(**kw):
    return list(kw)

print(order(z=1, a=2, m=3))
print(order(**{"b": 1}, a=0))

def defaults_view(a, b=[], c={}):
    return a, b, c
print(defaults_view(1))
print(defaults_view.__defaults__)

def fn(a, b, c):
    return a * 100 + b * 10 + c
print(fn(1, 2, 3), fn(c=1, b=2, a=3), fn(1, c=2, b=3))
print(fn(*(1, 2), c=9))
print(fn(*[1], *[2], *[3]))
