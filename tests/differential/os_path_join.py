import os.path

cases = [("a",), ("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("a", ""), ("/", "usr", "lib"),
         ("a//", "b"), ("..", "x", "..", "y")]
for c in cases:
    print(c, repr(os.path.join(*c)))
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError:", e)
