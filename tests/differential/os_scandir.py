import os
os.makedirs("sd/sub")
with open("sd/a.txt", "w") as f:
    f.write("hello")
os.symlink("a.txt", "sd/link")
os.symlink("missing", "sd/broken")
with os.scandir("sd") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), os.fspath(e))
a = [e for e in entries if e.name == "a.txt"][0]
print(a.stat().st_size, a.inode() == os.stat("sd/a.txt").st_ino, type(a).__name__, isinstance(a, os.DirEntry))
print(sorted(e.name for e in os.scandir("sd/sub")))
os.chdir("sd")
print(sorted(e.path for e in os.scandir()))
os.chdir("..")
it = os.scandir("sd")
it.close()
print(list(it))
try:
    os.scandir("nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
print(os.path.join("x", entries[0]))
for e in os.scandir("sd"):
    if e.is_symlink() or e.is_file():
        os.remove(e.path)
os.rmdir("sd/sub")
os.rmdir("sd")
