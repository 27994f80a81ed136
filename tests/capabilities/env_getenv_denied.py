# molt-capabilities: fs.read,fs.write
import os

print(os.path.join("a", "b"))
print("[denied next]")
print(os.getenv("HOME"))
