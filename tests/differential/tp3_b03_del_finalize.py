class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")
x = Res("global")
x = None
print("rebound")
lst = [Res("a"), Res("b")]
del lst[0]
print("deleted a")
lst.clear()
print("cleared")
def gen():
    r = Res("gen")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("gen deleted")
for v in gen():
    break
print("loop broke")
class Bad:
    def __del__(self):
        raise ValueError("in del")
b = Bad()
del b
print("after bad del")
d = {"k": Res("dictval")}
d["k"] = 1
print("replaced")
def ret():
    return Res("temp").name
print(ret())
t = Res("tuple-held"), 1
del t
print("end")
y = Res("at-exit")
