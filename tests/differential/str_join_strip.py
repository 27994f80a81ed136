print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]), "-".join("abc"), " | ".join(("1", "2")))
print(repr(",".join([])), repr(",".join(["solo"])))
print("".join(reversed("stressed")))
print(", ".join(sorted({"b": 1, "a": 2})))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhixy".strip("yx")), repr("abcba".lstrip("ab")))
print(repr("abcba".rstrip("ab")), repr("...end...".rstrip(".")), repr("aaa".strip("a")))
print(repr("hello".strip("")), repr("hello".strip("xyz")))
print(repr("  a  ".strip(None)), repr("\n\n".strip()))
print(repr("www.example.com".strip("cmowz.")))
print(repr("0012300".lstrip("0")), repr("0012300".rstrip("0")))
