cache = {1: 1}
def collatz_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length

for n in [1, 2, 3, 6, 7, 9, 27, 97, 871]:
    print(n, collatz_len(n))
best, best_len = 1, 1
for n in range(1, 30000):
    L = collatz_len(n)
    if L > best_len:
        best, best_len = n, L
print("longest under 30000:", best, best_len)
def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
s = sequence(27)
print(len(s), max(s), s[:10], s[-5:])
print(sequence(2 ** 20)[-3:], len(sequence(2 ** 20)))
