def f(n):
    t = 0
    for i in range(n):
        t += i
    for j in range(2, 10, 3):
        print("j", j)
    for k in range(5, 0, -2):
        print("k", k)
    else:
        print("else", k)
    for m in range(3):
        if m == 1:
            continue
        if m == 2:
            break
        print("m", m)
    for z in range(10**20, 10**20 + 2):
        print("z", z)
    for q in range(0):
        print("never")
    for w in range(9223372036854775806, 9223372036854775807):
        print("w", w)
    return t
print(f(100000))
def g():
    total = 0
    for i in range(3):
        i = "str" + str(i)
        total += len(i)
    return total
print(g())
