# Seeded random adds, discards, pops and set algebra over colliding int keys, checked
# against CPython's iteration order after every 50 steps.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

pools = [
    lambda: rnd(64),
    lambda: rnd(16) * 64 + rnd(3),
    lambda: -rnd(5) - 1,
    lambda: rnd(2**20) * 2**40,
    lambda: rnd(100) * 0.5,
    lambda: (rnd(5), rnd(5)),
    lambda: rnd(1000) * 8,
]
def rval():
    return pools[rnd(len(pools))]()

sets = [set() for _ in range(6)]
for step in range(6000):
    op = rnd(22)
    i = rnd(6)
    j = rnd(6)
    s = sets[i]
    if op < 6:
        s.add(rval())
    elif op < 8:
        s.discard(rval())
    elif op == 8 and s:
        s.pop()
    elif op == 9:
        sets[i] = sets[i] | sets[j]
    elif op == 10:
        sets[i] = sets[i] & sets[j]
    elif op == 11:
        sets[i] = sets[i] - sets[j]
    elif op == 12:
        sets[i] = sets[i] ^ sets[j]
    elif op == 13:
        s |= sets[j]
    elif op == 14:
        s &= set(list(sets[j]) + [rval() for _ in range(rnd(20))])
    elif op == 15:
        s -= sets[j]
    elif op == 16:
        s ^= sets[j]
    elif op == 17:
        s.update([rval() for _ in range(rnd(30))])
    elif op == 18:
        sets[i] = s.copy()
    elif op == 19:
        if rnd(10) == 0:
            s.clear()
        else:
            s.difference_update([rval() for _ in range(rnd(40))])
    elif op == 20:
        sets[i] = set({k: 0 for k in sets[j]})
    elif op == 21:
        sets[i] = set(frozenset(s)).intersection(sets[j], [rval() for _ in range(rnd(50))])
    if len(sets[i]) > 300:
        sets[i] = set(list(sets[i])[:rnd(100)])
    if step % 50 == 0:
        print(step, sets[i])
print(sets)
