import os

base = "tmp_os_listdir"
os.mkdir(base)
for name in ["b.txt", "a.txt", "c.py"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)))
print(sorted(n for n in os.listdir(base) if os.path.isfile(os.path.join(base, n))))
print([n for n in sorted(os.listdir(base)) if os.path.isdir(os.path.join(base, n))])
print(base in os.listdir(), base in os.listdir("."))
for name in os.listdir(base):
    p = os.path.join(base, name)
    if os.path.isdir(p):
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(base)
print(os.path.exists(base))
