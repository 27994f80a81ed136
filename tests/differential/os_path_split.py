import os

for p in ["", "/", "a", "a/", "/a", "/a/b", "a/b/c.txt", "//a", "///a/b//", "a//b", "../x/"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
