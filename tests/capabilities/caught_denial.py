# molt-capabilities:
import os

try:
    print("[denied next]")
    os.listdir(".")
except PermissionError as e:
    print(type(e).__name__, isinstance(e, OSError))
    print(e)
print("done")
