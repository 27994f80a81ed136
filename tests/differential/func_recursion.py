def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)

for i in range(8):
    print(i, fact(i), fib(i))
print(fact(25))
print(ackermann(2, 3))
print(is_even(10), is_odd(7), is_even(3))
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
m = []
hanoi(4, "A", "C", "B", m)
print(len(m), m[:7])

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
