x = "module"

def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    return level2()

print(level1())

def shadow_param(x):
    def inner():
        return x * 2
    return inner()

print(shadow_param(21), shadow_param("ab"))

def counter_pair():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    def reset():
        state["n"] = 0
    return inc, reset

inc, reset = counter_pair()
inc(); inc()
print(inc())
reset()
print(inc())

def make_stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
for i in range(5):
    push(i * i)
print(size(), pop(), pop(), size())

def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt

n = fib_gen_closure()
res = []
for _ in range(12):
    res.append(n())
print(res)

def rec_inner(n):
    def helper(k):
        if k == 0:
            return []
        return [k] + helper(k - 1)
    return helper(n)
print(rec_inner(6))
