import os

base = "tmp_walk"
for d in ["a/b/c", "a/skip/deep", "x"]:
    os.makedirs(os.path.join(base, d))
for f in ["top.txt", "a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "a/skip/deep/hidden.txt", "x/y.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)

for root, dirs, files in sorted(os.walk(base)):
    print(root, sorted(dirs), sorted(files))

print("-- pruned")
seen = []
for root, dirs, files in os.walk(base):
    dirs[:] = sorted(d for d in dirs if d != "skip")
    seen.append((root, sorted(files)))
for item in sorted(seen):
    print(item)

print("-- count", sum(len(files) for _, _, files in os.walk(base)))
print(list(os.walk("tmp_walk_missing")))
w = os.walk(base)
print(next(w)[0], iter(w) is w)

for root, dirs, files in list(os.walk(base))[::-1]:
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))
