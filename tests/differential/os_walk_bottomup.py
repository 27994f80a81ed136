import os
os.makedirs("tree/a/b", exist_ok=True)
os.makedirs("tree/c", exist_ok=True)
for p in ["tree/f1.txt", "tree/a/f2.txt", "tree/a/b/f3.txt", "tree/c/f4.txt"]:
    with open(p, "w") as f:
        f.write(p)
def norm(walk):
    return [(d, sorted(ds), sorted(fs)) for d, ds, fs in walk]
up = norm(os.walk("tree", topdown=False))
down = norm(os.walk("tree"))
print(sorted(up) == sorted(down))
seen = set()
for d, ds, fs in up:
    for sub in ds:
        assert os.path.join(d, sub) in seen, (d, sub)
    seen.add(d)
print(up[-1])
print(len(up))
# the bottom-up rmtree idiom
for d, ds, fs in os.walk("tree", topdown=False):
    for f in fs:
        os.remove(os.path.join(d, f))
    for sub in ds:
        os.rmdir(os.path.join(d, sub))
os.rmdir("tree")
print(os.path.exists("tree"))
print(list(os.walk("missing", topdown=False)))
