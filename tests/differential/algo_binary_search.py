def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = list(range(0, 1000, 7))
for t in [0, 7, 693, 994, 5, -1, 1000]:
    print(t, bsearch(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [0, 1, 2, 4, 5, 8, 9]:
    print("lower_bound", t, lower_bound(dups, t))
print(bsearch([], 3), bsearch([3], 3))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]:
    print("isqrt", n, isqrt(n))
