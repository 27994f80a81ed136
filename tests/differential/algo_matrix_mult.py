def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    if len(a[0]) != m:
        raise ValueError("shape mismatch")
    out = []
    for i in range(n):
        row = []
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out

def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(matmul(identity(3), b))
print(matpow([[1, 1], [1, 0]], 10))
print(matpow([[1, 1], [1, 0]], 90)[0][1])
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f))
try:
    matmul(a, a)
except ValueError as e:
    print(type(e).__name__, e)
for row in matpow([[2, 0, 0], [0, 3, 0], [1, 0, 1]], 5):
    print(row)
