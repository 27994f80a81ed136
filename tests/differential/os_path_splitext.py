from os.path import splitext

for p in ["a.txt", "a.tar.gz", ".bashrc", "..x", "a/.b", "a.b/c", "a.b/c.d", "noext", "x.", "/a/b/..c.d", "...", ""]:
    print(repr(p), splitext(p))
