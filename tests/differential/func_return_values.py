def nothing():
    return

def implicit():
    x = 1

def multiple():
    return 1, 2

def conditional(n):
    if n > 0:
        return "pos"
    elif n < 0:
        return "neg"

def early_loop(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return -1

def returns_function():
    def inner():
        return "inner result"
    return inner

def returns_list():
    return [1, [2, 3]]

print(nothing(), implicit(), multiple(), conditional(1), conditional(-1), conditional(0))
print(early_loop([5, 6, 7], 7), early_loop([], 1))
print(returns_function()(), returns_function().__name__)
r = returns_list()
r[1].append(4)
print(r, returns_list())
a, (b, c) = returns_list()
print(a, b, c)
def swap(x, y):
    return y, x
print(swap(1, "a"), swap(*swap(1, 2)))
def chain(n):
    return n if n <= 0 else chain(n - 3)
print(chain(10), chain(9))
def return_in_while():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i
print(return_in_while())
print(type(multiple()).__name__, len(multiple()))
