def nothing():
    pass

class Empty:
    pass

print(nothing())
for i in range(3):
    pass
print("loop var after pass loop:", i)
if True:
    pass
else:
    pass

x = 10
y = 20
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)

lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

e = Empty()
e.attr = 5
e.other = 6
del e.attr
print(hasattr(e, "attr"), hasattr(e, "other"))
try:
    del e.attr
except AttributeError as ex:
    print("AttributeError:", ex)

a, b, c = 1, 2, 3
del a, c
print(b)

def local_del():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as ex:
        return "unbound: " + str(ex)
print(local_del())
