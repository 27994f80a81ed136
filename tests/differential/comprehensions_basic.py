xs = [i * i for i in range(6)]
print(xs)
print([x for x in xs if x % 2 == 0 if x > 0])
print({k: v for k, v in zip("abc", range(3))})
print(sorted({c for c in "mississippi"}))
print([(a, b) for a in range(3) for b in range(a)])
def f(n):
    m = 10
    return [m + j for j in range(n)]
print(f(3))
fs = [lambda: k for k in range(3)]
print([g() for g in fs])
x = "outer"
print([x for x in "ab"], x)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([[r * c for c in range(3)] for r in range(3)])
try:
    print([1 / (k - 2) for k in range(4)])
except ZeroDivisionError as e:
    print("err", e)
