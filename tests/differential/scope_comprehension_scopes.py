x = "global"
def f():
    x = "local"
    return [x for _ in range(2)], [y for y in (x,)], {k: x for k in "ab"}, list(x for _ in "c")
print(f())

def nested_comp():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested_comp())

def comp_referencing_later():
    fs = [lambda: n for n in range(3)]
    return [fn() for fn in fs]
print(comp_referencing_later())

class K:
    factor = 3
    vals = [1, 2]
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = f"NameError: {e}"
    first_iter = [v for v in vals]
print(K.scaled, K.first_iter)

def comp_closure_capture():
    base = 10
    return [(lambda v=v: v + base)() for v in range(3)]
print(comp_closure_capture())

def generator_first_iter_eager():
    data = [1, 2]
    g = (v for v in data)
    data = [9]
    return list(g)
print(generator_first_iter_eager())

def gen_later_iters_lazy():
    outer = [1, 2]
    inner = [10]
    g = ((a, b) for a in outer for b in inner)
    inner = [20, 30]
    return list(g)
print(gen_later_iters_lazy())

def walrus_outer():
    results = [(y := v * 2) for v in range(3)]
    return y, results
print(walrus_outer())

def set_dict_comps():
    words = ["apple", "bob", "cat", "apple"]
    return sorted({len(w) for w in words}), {w: i for i, w in enumerate(words)}
print(set_dict_comps())

def cond_comp():
    return [v if v % 2 else -v for v in range(6) if v != 3]
print(cond_comp())

def nested_scope_comp(n):
    def helper(v):
        return v * n
    return [helper(i) for i in range(n)]
print(nested_scope_comp(4))

try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(3)], "i" in globals())
