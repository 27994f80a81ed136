def reader(lines):
    for n, line in enumerate(lines, 1):
        if not line.strip():
            raise ValueError(f"blank line at {n}")
        yield n, line.strip()

def numbered(lines):
    count = yield from reader(lines)
    return count

def consume(lines):
    out = []
    for n, line in numbered(lines):
        out.append(f"{n}:{line}")
    return out

print(consume(["a", "b"]))
try:
    consume(["x", " ", "y"])
except ValueError as e:
    print("caught", e)
g = numbered(["p", "q", ""])
print(next(g), next(g))
next(g)
