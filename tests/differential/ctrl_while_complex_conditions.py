a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
    print(a, b)
x = 100
steps = 0
while not (x < 10 or steps >= 5):
    x //= 2
    steps += 1
print(x, steps)
stack = [1, [2, [3, [4]]]]
depth = 0
cur = stack
while isinstance(cur, list) and len(cur) > 1:
    cur = cur[1]
    depth += 1
print(depth, cur)
s = "aaabbbccc"
i = 0
while i < len(s) and s[i] == "a":
    i += 1
print("leading a's:", i)
n = 12345
rev = 0
while n > 0:
    n, d = divmod(n, 10)
    rev = rev * 10 + d
print(rev)
q = [1]
seen = 0
while q and seen < 20:
    v = q.pop(0)
    seen += 1
    if v < 50:
        q.append(v * 2)
        q.append(v * 3)
print(seen, len(q), q[:5])
