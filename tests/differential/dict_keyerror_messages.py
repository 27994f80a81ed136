d = {"a": 1}
keys = ["b", 5, 2.5, (1, "x"), None, "it's", 'say "hi"', "tab\t", True, -0.0]
for k in keys:
    try:
        d[k]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    d.pop(42)
except KeyError as e:
    print("pop:", e)
try:
    raise KeyError("custom", 2)
except KeyError as e:
    print("multi:", e)
try:
    raise KeyError()
except KeyError as e:
    print("empty:", repr(str(e)))
try:
    d["x"]
except LookupError as e:
    print("as LookupError:", type(e).__name__, e)
