values = [0, 1, -1, 0.0, 1e-300, "", "a", [], [[]], (), {}, {0: 0}, None, range(0), b"", b"\x00"]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
x = []
print("empty" if not x else "nonempty")
x.append(0)
print("empty" if not x else "nonempty")
count = 3
while count:
    print("count", count)
    count -= 1
name = ""
display = name or "<anonymous>"
print(display)
data = {"items": []}
if data and data["items"]:
    print("has items")
elif data:
    print("data without items")
