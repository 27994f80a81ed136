import os
import os.path as P
print(P.commonprefix(["/usr/lib/x", "/usr/local/y", "/usr/lib"]), repr(P.commonprefix([])))
print(P.commonprefix(["abc", "abd"]), P.commonprefix(["same"]))
print(P.commonpath(["/usr/lib/x", "/usr/local/y", "/usr/lib"]))
print(P.commonpath(["a/b/c", "a/b/d", "a/./b/e"]), P.commonpath(["/a", "/a"]), P.commonpath(["/"]))
for bad in [[], ["/a", "b"]]:
    try:
        P.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(P.relpath("/a/b/c", "/a"), P.relpath("/a", "/a/b/c"), P.relpath("/a/b", "/a/b"))
print(P.relpath("/x/y", "/a/b"), P.relpath("a/b", "a"), P.relpath("a", "a/b/c"))
try:
    P.relpath("")
except ValueError as e:
    print("ValueError", e)
print(P.splitdrive("/a/b"), P.splitdrive("c:/x"))
os.mkdir("d")
with open("d/f", "w") as f:
    f.write("x")
print(P.lexists("d/f"), P.lexists("d/g"), P.samefile("d/f", "d/../d/f"), P.samefile("d", "d/f"))
print(P.realpath("d/f") == P.join(os.getcwd(), "d", "f"), P.realpath("d/missing/x") == P.join(os.getcwd(), "d/missing/x"))
print(P.realpath("/") , P.realpath("/usr/../usr"))
os.environ["MOLT_T1"] = "one"
print(P.expandvars("$MOLT_T1/${MOLT_T1}/$MOLT_NOPE/${MOLT_NOPE}/$/x$"), P.expandvars("plain"))
print(P.expandvars("a${MOLT_T1}b$MOLT_T1.c"))
os.remove("d/f")
os.rmdir("d")
