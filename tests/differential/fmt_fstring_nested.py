d = {"k": "value", "n": 5}
print(f"{d["k"]}")
print(f"{d['n'] * 2}")
print(f"{"nested " + f"{d["n"]}"}")
width = 8
prec = 3
x = 3.14159265
print(f"[{x:{width}.{prec}f}]")
print(f"[{'hi':{'>'}{width}}]")
print(f"[{'hi':{'*'}^{width}}]")
for w in range(3, 7):
    print(f"[{w:{w}}]")
items = ["a", "bb", "ccc"]
print(f"{', '.join(items)}")
print(f"{len(items)} items, first={items[0]!r}, last={items[-1]}")
print(f"{'yes' if d['n'] > 3 else 'no'}")
print(f"{{braces}} {{{d['n']}}}")
print(f"{(lambda v: v * 2)(21)}")
print(f"""{d["k"]:>{width}}""")
print(f"{x:.{prec}}")
spec = ">10"
print(f"[{'dyn':{spec}}]")
