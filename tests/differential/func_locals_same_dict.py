def f(a, b=1):
    first = locals()
    c = a + b
    second = locals()
    print(first is second, sorted(first), "c" in first)
    del c
    third = locals()
    print("c" in third, third is first)
    print(vars() is first)
    print(dir())


f(3)


def order(z, y):
    x = 1
    w = x + z
    q = [v for v in range(2)]
    return list(locals())


print(order(1, 2))


def closure_order(p):
    k = 2

    def inner():
        return p + k

    m = inner()
    return list(locals())


print(closure_order(1))
