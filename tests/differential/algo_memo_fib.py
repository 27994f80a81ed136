memo = {0: 0, 1: 1}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r

print(fib(10), calls)
print(fib(100))
print(fib(300))
print(len(memo), calls)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
ok = True
for i in range(301):
    if fib_iter(i) != memo[i]:
        ok = False
print("iter matches memo:", ok)
evens = 0
i = 0
while memo.get(i, fib_iter(i)) < 4000000:
    if fib_iter(i) % 2 == 0:
        evens += fib_iter(i)
    i += 1
print("even fib sum < 4M:", evens)
print(fib_iter(1000) % 1000000007, len(str(fib_iter(1000))))
