f = lambda: (yield 1)
g = f(); print(next(g))
try:
    g.send("r")
except StopIteration as e:
    print("stop", e.value)
h = lambda xs: (yield from xs)
print(list(h([1, 2, 3])), type(h([])).__name__, h.__name__)
k = lambda: (yield 5) if False else (yield 6)
print(list(k()))
