import os

name = "tmp_closed.txt"
f = open(name, "w")
print(f.closed)
f.close()
f.close()
print(f.closed)
for op in ["read", "readline", "readlines", "tell", "flush"]:
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, "ValueError:", e)
try:
    f.write("x")
except ValueError as e:
    print("write ValueError:", e)
try:
    for line in f:
        pass
except ValueError as e:
    print("iter ValueError:", e)
try:
    with f:
        pass
except ValueError as e:
    print("with ValueError:", e)
b = open(name, "rb")
b.close()
for op in ["read", "readline", "tell"]:
    try:
        getattr(b, op)()
    except ValueError as e:
        print("binary", op, "ValueError:", e)
try:
    b.seek(0)
except ValueError as e:
    print("binary seek ValueError:", e)
os.remove(name)
