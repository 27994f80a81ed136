def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("converting GeneratorExit")
        raise ValueError("cannot close now")

g = guarded()
print(next(g))
try:
    g.close()
except ValueError as e:
    print("caught:", e, "context:", type(e.__context__).__name__)

g2 = guarded()
next(g2)
next(g2)
g2.close()
