import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("plain"), os.fspath(P("via fspath")), os.fspath(b"raw"))
print(os.path.join(P("a"), "b", P("c")))
print(os.path.basename(P("/x/y.txt")), os.path.splitext(P("f.tar.gz")))
with open(P("tmp_pathlike.txt"), "w") as f:
    print(f.name)
    f.write("hi")
print(os.path.exists(P("tmp_pathlike.txt")), os.path.getsize(P("tmp_pathlike.txt")))
os.rename(P("tmp_pathlike.txt"), P("tmp_pathlike2.txt"))
os.remove(P("tmp_pathlike2.txt"))
for bad in [1, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __fspath__(self):
        return 3


try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    open(Bad())
except TypeError as e:
    print("TypeError:", e)
