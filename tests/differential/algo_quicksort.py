def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less, equal, greater = [], [], []
    for x in xs:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            greater.append(x)
    return quicksort(less) + equal + quicksort(greater)

def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return
    p = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= p:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quicksort_inplace(a, lo, i - 1)
    quicksort_inplace(a, i + 1, hi)

print(quicksort([3, 6, 8, 10, 1, 2, 1]))
print(quicksort(["pear", "apple", "fig", "banana"]))
print(quicksort([]), quicksort([5, 5, 5]), quicksort([2.5, -1, 0.0, 2]))
arr = [9, 7, 5, 11, 12, 2, 14, 3, 10, 6]
quicksort_inplace(arr)
print(arr)
seed = 7
vals = []
for _ in range(300):
    seed = (seed * 48271) % 2147483647
    vals.append(seed % 500 - 250)
q = quicksort(vals)
c = vals[:]
quicksort_inplace(c)
print(q == sorted(vals), c == q, q[:8], q[-3:])
def kth_smallest(xs, k):
    return quicksort(xs)[k - 1]
print(kth_smallest(vals, 1), kth_smallest(vals, 150), kth_smallest(vals, 300))
