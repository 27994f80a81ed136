import os.path as P
cases = [("/a/b/c/d", "/a/b/x/y"), ("/", "/a"), ("/a", "/"), ("/a/./b/../c", "/a"), ("/a//b/", "/a/b"),
         ("/usr/lib", "/usr/lib/python3/site")]
for p, s in cases:
    print(p, s, P.relpath(p, s))
print(P.commonprefix(["interspecies", "interstellar", "interstate"]), P.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(P.commonpath(["/usr/local/lib", "/usr/local/bin/x"]), P.commonpath(("a", "a/b")))
try:
    P.commonpath(["/a", 1])
except TypeError as e:
    print("TypeError", e)
print(P.splitdrive(""), P.splitdrive("rel/x"))
print(P.expandvars("no vars"), P.expandvars("$"), P.expandvars("${"), P.expandvars("a$b$"))
