def merge(a, b, key):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if key(b[j]) < key(a[i]):
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out

def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid], key), merge_sort(xs[mid:], key), key)

nums = [38, 27, 43, 3, 9, 82, 10, -5, 0, 27]
print(merge_sort(nums), nums)
print(merge_sort([]), merge_sort([1]), merge_sort("mergesort"))
people = [("zoe", 30), ("adam", 25), ("bob", 30), ("cat", 25), ("dan", 20)]
print(merge_sort(people, key=lambda p: p[1]))
x = 12345
rand = []
for _ in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    rand.append(x % 1000)
s = merge_sort(rand)
print(s == sorted(rand), s[:10], s[-5:])
def count_inversions(xs):
    if len(xs) <= 1:
        return xs, 0
    mid = len(xs) // 2
    left, a = count_inversions(xs[:mid])
    right, b = count_inversions(xs[mid:])
    merged, c = [], 0
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j]); j += 1; c += len(left) - i
        else:
            merged.append(left[i]); i += 1
    merged += left[i:] + right[j:]
    return merged, a + b + c
print(count_inversions([2, 4, 1, 3, 5])[1], count_inversions(rand)[1])
