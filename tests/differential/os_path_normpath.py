import os

for p in ["", ".", "..", "/", "//", "///", "a/b/../c", "/a/./b/", "a/../../b", "/../a", "./a//b/.",
          "//x/y", "a/b/c/../../..", "../..", "a/./././b"]:
    print(repr(p), repr(os.path.normpath(p)))
