x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None)
print(None == 0, None == False, None == "", None == [])
print(bool(None), not None)
def f():
    pass
print(f() is None)
try:
    print(x < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(x + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x()
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in x:
        pass
except TypeError as e:
    print(type(e).__name__, e)
d = {None: "none key"}
print(d[None], None in d, [None, None].count(None))
print(hash(None) == hash(None))
vals = [3, None, 1, None]
clean = []
for v in vals:
    if v is not None:
        clean.append(v)
print(sorted(clean), vals.index(None))
print(str(None) + "!", [None], (None,), {"k": None})
