def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

print(list(permutations([1, 2, 3])))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)]], [], [[6]]])))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
pg = primes()
print([next(pg) for _ in range(15)])

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)), list(window("ab", 3)))

def merge_sorted(*gens):
    heads = []
    for g in gens:
        g = iter(g)
        for v in g:
            heads.append([v, g])
            break
    while heads:
        heads.sort(key=lambda h: h[0])
        v, g = heads[0]
        yield v
        nxt = next(g, None)
        if nxt is None:
            heads.pop(0)
        else:
            heads[0][0] = nxt
print(list(merge_sorted([1, 4, 9], [2, 3, 10], [], [0, 5])))

def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for c in children:
        yield from tree_walk(c, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(tree_walk(t)))

def run_length(s):
    if not s:
        return
    cur, count = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            count += 1
        else:
            yield cur, count
            cur, count = ch, 1
    yield cur, count
print(list(run_length("aaabccddddx")), list(run_length("")))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
