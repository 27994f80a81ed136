def make_gen_counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen(), peek
g, peek = make_gen_counter()
print(next(g), next(g), peek())

def closures_over_loop_with_gen():
    return [list((i * j for j in range(3))) for i in range(3)]
print(closures_over_loop_with_gen())

def class_in_func_sees_closure():
    secret = "s3cret"
    class Holder:
        def reveal(self):
            return secret
        value = secret.upper()
    secret = "changed"
    return Holder().reveal(), Holder.value
print(class_in_func_sees_closure())

def nonlocal_in_nested_class_method():
    total = 0
    class Acc:
        def add(self, v):
            nonlocal total
            total += v
            return total
    a = Acc()
    a.add(5); a.add(7)
    return total
print(nonlocal_in_nested_class_method())

def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))

def global_builtin_shadow():
    global max
    max = lambda *a: "global max shadow"
    r = max(1, 2)
    del max
    return r
print(global_builtin_shadow(), max(1, 2))

def late_nonlocal():
    fns = []
    x = 0
    for i in range(3):
        def f():
            return x
        fns.append(f)
        x += 10
    return [f() for f in fns]
print(late_nonlocal())

def deep_nonlocal():
    v = []
    def a():
        def b():
            def c():
                nonlocal v
                v = v + ["c"]
            c()
            v.append("b")
        b()
    a()
    return v
print(deep_nonlocal())

def param_as_cell(x):
    def get():
        return x
    x = x * 2
    return get()
print(param_as_cell(21))

def star_args_closure(*args, **kwargs):
    def inner():
        return args, sorted(kwargs)
    return inner()
print(star_args_closure(1, 2, k=3))
