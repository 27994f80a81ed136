# molt-capabilities:
import os

print(os.name, os.linesep == "\n")
print("[denied next]")
print(len(os.environ) > 0)
