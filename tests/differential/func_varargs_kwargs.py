def collect(*args, **kwargs):
    print("args:", args)
    keys = list(kwargs.keys())
    print("kwargs:", kwargs, len(keys))

collect()
collect(1, 2, 3)
collect(a=1, b=2)
collect(1, "x", z=None, y=[1, 2])

def total(first, *rest):
    s = first
    for r in rest:
        s += r
    return s

print(total(1))
print(total(1, 2, 3, 4))
nums = [10, 20, 30]
print(total(*nums))
print(total(0, *nums, *nums))

def show(**kw):
    out = []
    for k in kw:
        out.append(k + "=" + repr(kw[k]))
    return ", ".join(out)

d = {"x": 1, "y": "two"}
print(show(**d))
print(show(**d, z=3.5))
print(show(a=1, **{"b": 2}))

def mixed(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, kw]

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, 5, c=6, e=7))
print(mixed(*[1, 2, 3], **{"c": 9, "d": 8, "q": 0}))

def empty_star(*args):
    return type(args).__name__, len(args)
print(empty_star())
print(empty_star(*"abc"))
