def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")

results = []
for b in [1, 0, 2, 0, 4]:
    results.append(safe_div(8, b))
print(results)

def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(int(it))
        except ValueError as e:
            bad.append(str(e))
            continue
        finally:
            pass
    return good, bad

g, b = parse_all(["1", "x", "22", "", "-3", "4.0"])
print(g)
for msg in b:
    print(msg)

def deep(n):
    if n == 0:
        raise LookupError("bottom reached")
    return deep(n - 1)

try:
    deep(50)
except LookupError as e:
    print("propagated through 50 frames:", e)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("try again")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, "failed:", e)

def first_error(fns):
    for i, fn in enumerate(fns):
        try:
            fn()
        except Exception as e:
            return i, type(e).__name__
    return None
print(first_error([lambda: 1, lambda: [][0], lambda: 1 / 0]))
print(first_error([lambda: 1]))
