def stage1():
    try:
        yield "s1"
    except ValueError as e:
        print("stage1 saw", e)
        raise RuntimeError("stage1 failed") from e

def stage2():
    try:
        yield from stage1()
    finally:
        print("stage2 finally")

g = stage2()
print(next(g))
try:
    g.throw(ValueError("bad input"))
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

def pipeline():
    total = 0
    while True:
        v = yield total
        if v < 0:
            raise ValueError(f"negative: {v}")
        total += v

p = pipeline()
next(p)
for v in [1, 2, 3]:
    print(p.send(v))
p.send(-1)
