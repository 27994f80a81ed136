def search_matrix(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for t in [1, 5, 9, 10]:
    print(t, search_matrix(m, t))

def first_dup(xs):
    seen = []
    for x in xs:
        if x in seen:
            result = x
            break
        seen.append(x)
    else:
        result = "no duplicates"
    return result
print(first_dup([3, 1, 4, 1, 5]), first_dup([1, 2, 3]), first_dup([]))

n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
    finally:
        print("finally in while, n =", n)
else:
    print("while else after", n)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally in for, i =", i)
else:
    print("not printed because of break")
