log = []
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
        log.append("open " + name)
    def close(self):
        self.open = False
        log.append("close " + self.name)

def use(name, fail):
    r = Resource(name)
    try:
        if fail:
            raise RuntimeError("failure using " + name)
        log.append("used " + name)
        return "ok " + name
    finally:
        r.close()

print(use("a", False))
try:
    use("b", True)
except RuntimeError as e:
    print("caught:", e)
for line in log:
    print(line)

def multi():
    opened = []
    try:
        for n in ["x", "y", "z"]:
            if n == "z":
                raise ValueError("cannot open z")
            opened.append(Resource(n))
    except ValueError as e:
        print("error:", e)
    finally:
        for r in reversed(opened):
            r.close()
    return len(opened)
log.clear()
print(multi(), log)
