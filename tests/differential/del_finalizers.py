class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
r = R("a")
del r
print("after del")
x = R("b")
x = R("c")
print("rebound")
lst = [R("d"), R("e")]
del lst[0]
print("item deleted")
d = {"k": R("f")}
d["k"] = 1
print("dict replaced")
class Child(R):
    pass
Child("g")
print("temp")
keep = []
class Phoenix:
    def __del__(self):
        print("resurrecting")
        keep.append(self)
Phoenix()
print(len(keep))
def scope():
    local = R("h")
    print("in scope")
scope()
print("end")
