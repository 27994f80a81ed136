a = None
b = None
def ret_none():
    return None
print(a is b, ret_none() is a, [].append(1) is None)
print(id(a) == id(b), id(None) == id(ret_none()))
e = []
print(id(e) == id(e), id([]) is not None)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
print(None.__class__.__name__, type(None) is type(ret_none()))
try:
    None.foo = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(repr(None), str(None), f"{None}", "%s" % None, "%r" % None, format(None))
print([None] == [None], (None,) == (None,), {None: 1} == {None: 1})
