for n in [-2, 0, 3]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)

x = 5
print("odd" if x % 2 else "even")
print((1 if x > 3 else 2) + 10)
print([x if x > 2 else 0, "a" if "" else "b"])

def side(v, label):
    print("eval", label)
    return v

r = side(1, "then") if side(True, "cond") else side(2, "else")
print(r)
r = side(1, "then") if side(0, "cond") else side(2, "else")
print(r)

vals = []
for i in range(6):
    vals.append(i * i if i % 2 == 0 else -i)
print(vals)

nested = "a" if True else ("b" if False else "c")
print(nested)
val = None
print(val if val is not None else "default")
print(len("abc") if isinstance("abc", str) else 0)
f = (lambda: "L1") if x else (lambda: "L2")
print(f())
