e = TypeError("x")
for i in range(3):
    e.add_note("n" + str(i))
junk = ["garbage" + str(i) for i in range(100)]
print(e.__notes__)
a = []
b = [a]
a.append(b)
try:
    print(a == b)
except RecursionError as err:
    print("RecursionError", err)
d = {}
d["x"] = d
e2 = {}
e2["x"] = e2
try:
    print(d == e2)
except RecursionError as err:
    print("RecursionError", err)
x = [1]; x.append(x); y = [1]; y.append(y)
try:
    print(x < y)
except RecursionError as err:
    print("RecursionError", err)
class A: pass
for call in (lambda: A().__getattribute__(None), lambda: object().__getattribute__(5), lambda: A().__setattr__(4, 1), lambda: object.__delattr__(A(), 3), lambda: type.__getattribute__(A, 5)):
    try:
        call()
    except Exception as err:
        print(type(err).__name__, err)
for fmt, arg in (("%(", {}), ("%(a", {"a": 1})):
    try:
        print(fmt % arg)
    except (ValueError, KeyError) as err:
        print(type(err).__name__, err)
