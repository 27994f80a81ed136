# molt-capabilities:
import os

print(os.path.abspath("/a/./b/../c"))
print("[denied next]")
print(os.path.abspath("rel"))
