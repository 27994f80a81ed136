# Seeded random mix of set operations on ints, floats, tuples and frozensets (set
# methods with iterables and dicts, operators, frozenset and subclass operands, dict
# views): every intermediate set must print in CPython's order.
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def rval():
    k = rnd(6)
    if k == 0: return rnd(50) * 32 + rnd(2)
    if k == 1: return -rnd(4) - 1
    if k == 2: return rnd(40) / 4
    if k == 3: return (rnd(4), rnd(3))
    if k == 4: return frozenset([rnd(5), rnd(5) * 8])
    return rnd(300)

def rlist():
    return [rval() for _ in range(rnd(40))]

class S(set):
    pass

sets = [set(rlist()) for _ in range(5)]
for step in range(4000):
    op = rnd(24)
    i = rnd(5)
    j = rnd(5)
    s = sets[i]
    o = sets[j]
    if op == 0: sets[i] = s.union(rlist(), o)
    elif op == 1: sets[i] = s.intersection(rlist() + list(o))
    elif op == 2: sets[i] = s.difference(rlist(), o)
    elif op == 3: sets[i] = s.symmetric_difference(rlist())
    elif op == 4: s.intersection_update(o, list(s) + rlist())
    elif op == 5: s.symmetric_difference_update({k: 1 for k in rlist()})
    elif op == 6: sets[i] = set(frozenset(s) | frozenset(o))
    elif op == 7: sets[i] = set(frozenset(s) ^ o)
    elif op == 8: sets[i] = set(S(s) - frozenset(o))
    elif op == 9:
        d = {k: 0 for k in rlist()}
        sets[i] = set(d.keys() & s) | (d.keys() - o)
    elif op == 10:
        d = {k: 0 for k in list(s)[:rnd(30)]}
        sets[i] = d.keys() ^ o
    elif op == 11: sets[i] = s.difference({k: 0 for k in rlist()}, o)
    elif op == 12: sets[i] = s.difference({k: 0 for k in list(o)})
    elif op == 13:
        for _ in range(rnd(10)):
            if s: s.pop()
    elif op == 14: s.update(rlist())
    elif op == 15: s.difference_update(rlist(), list(o))
    elif op == 16: sets[i] = {x for x in s if rnd(3)}
    elif op == 17: sets[i] = set(sorted(s, key=repr)[: rnd(50)])
    elif op == 18: sets[i] = s & o
    elif op == 19: sets[i] = set(list(s) + list(o))
    elif op == 20: s |= set(rlist())
    elif op == 21: s ^= frozenset(rlist())
    elif op == 22: s -= set(rlist())
    elif op == 23: s &= set(list(s)[::2] + rlist())
    if len(sets[i]) > 500:
        sets[i] = set(list(sets[i])[:200])
    if step % 40 == 0:
        print(step, op, sets[i])
print(sets)
