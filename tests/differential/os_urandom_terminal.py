import os
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)), os.urandom(64) != os.urandom(64))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
r, w = 0, 0
try:
    os.get_terminal_size(987)
except OSError as e:
    print(type(e).__name__, e.errno)
with open("f.bin", "wb") as f:
    try:
        os.get_terminal_size(f.fileno())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
os.remove("f.bin")
