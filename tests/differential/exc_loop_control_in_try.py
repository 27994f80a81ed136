results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 3:
            raise ValueError(i)
        results.append(("ok", i))
    except ValueError as e:
        results.append(("caught", e.args[0]))
        continue
    else:
        results.append(("else", i))
    finally:
        results.append(("finally", i))
print(results)
def gen_like():
    out = []
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return out
            out.append(i)
        finally:
            out.append("f")
print(gen_like())
total = 0
for x in ["1", "2", "x", "4", None, "6"]:
    try:
        total += int(x)
    except ValueError:
        print("skip bad value", repr(x))
    except TypeError as e:
        print("skip wrong type:", e)
print("total", total)
