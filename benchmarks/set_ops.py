# Set-heavy micro benchmark: add, contains, discard and iteration over 10**6 ints.
N = 1_000_000


def run():
    s = set()
    for i in range(N):
        s.add(i * 7919)
    hits = 0
    for i in range(N):
        if i * 7919 in s:
            hits += 1
        if i in s:
            hits += 1
    total = 0
    for x in s:
        total += x
    for i in range(0, N, 2):
        s.discard(i * 7919)
    for i in range(N // 2):
        s.add(i)
    count = 0
    for x in s:
        count += 1
    t = set(range(N))
    u = t & s
    v = t - s
    w = t | s
    return hits, total, len(s), count, len(u), len(v), len(w)


print(run())
