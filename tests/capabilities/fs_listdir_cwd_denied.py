# molt-capabilities:
import os

print("[denied next]")
print(os.listdir())
