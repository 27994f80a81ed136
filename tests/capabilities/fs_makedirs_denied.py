# molt-capabilities: fs.read
import os

print("[denied next]")
os.makedirs("a/b/c", exist_ok=True)
