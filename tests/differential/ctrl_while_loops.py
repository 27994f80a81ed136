i = 0
while i < 5:
    print("i =", i)
    i += 1

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)

k = 0
while True:
    k += 1
    if k % 3 == 0:
        continue
    if k > 10:
        break
    print("k", k)

j = 10
while j > 0:
    j -= 3
else:
    print("while else ran, j =", j)

m = 0
while m < 100:
    if m == 4:
        print("breaking at", m)
        break
    m += 1
else:
    print("not printed")

lst = [1, 2, 3]
while lst:
    print("pop", lst.pop())
print("done", lst)

a, b = 0, 1
while b < 200:
    a, b = b, a + b
print(a, b)

outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print("outer", outer, "inner", inner)
    outer += 1
