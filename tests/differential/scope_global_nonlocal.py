g = 0
def bump():
    global g
    g += 1
    return g
bump(); bump()
print(g)

def creates_global():
    global brand_new
    brand_new = "created"
creates_global()
print(brand_new)

def local_error():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 5
    return g
print(local_error(), g)

def aug_local():
    try:
        g += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
aug_local()

def nested_global():
    g = "local"
    def inner():
        global g
        return g
    return inner(), g
print(nested_global())

def nonlocal_chain():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a = a * 10
        l2()
        l2()
    l1()
    return a
print(nonlocal_chain())

def del_global():
    global temp
    temp = 1
    del temp
del_global()
try:
    temp
except NameError as e:
    print(type(e).__name__, e)

def loop_var_leak():
    for k in range(3):
        pass
    return k
print(loop_var_leak())

def comp_no_leak():
    k = "outer"
    [k for k in range(3)]
    return k
print(comp_no_leak())

def walrus_in_comp():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        return big
print(walrus_in_comp())

def walrus_leak():
    [last := v for v in "xyz"]
    return last
print(walrus_leak())

total = [0]
def mutate_global_list():
    total[0] += 5
    total.append("x")
mutate_global_list()
print(total)

def except_var_cleared():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"
print(except_var_cleared())

def conditional_def(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(conditional_def(True), conditional_def(False))

print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
