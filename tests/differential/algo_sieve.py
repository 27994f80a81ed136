def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    if n >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    primes = []
    for i in range(n + 1):
        if is_prime[i]:
            primes.append(i)
    return primes

ps = sieve(200)
print(ps)
print(len(ps), sum(ps), ps[-1])
big = sieve(100000)
print(len(big), big[-5:])
twins = []
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] == 2:
        twins.append((ps[i], ps[i + 1]))
print(twins)
gaps = {}
for i in range(len(big) - 1):
    g = big[i + 1] - big[i]
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:8])
print(sieve(1), sieve(2), sieve(10))
