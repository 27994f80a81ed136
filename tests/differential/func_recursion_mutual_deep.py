def count_paths(r, c, memo):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = count_paths(r - 1, c, memo) + count_paths(r, c - 1, memo)
    memo[key] = v
    return v

for n in [1, 2, 5, 10, 20]:
    print(n, count_paths(n, n, {}))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    out = []
    for s in rest:
        out.append(s)
        out.append([items[0]] + s)
    return out
ps = power_set([1, 2, 3])
print(len(ps), sorted(ps))

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out
print(permutations("abc"), len(permutations("abcde")))

def sum_digits(n):
    return n if n < 10 else sum_digits(n // 10) + n % 10
print(sum_digits(987654321), sum_digits(2 ** 100))

def binary(n):
    return "0" if n == 0 else ("1" if n == 1 else binary(n // 2) + str(n % 2))
print(binary(0), binary(5), binary(255), binary(1024))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
