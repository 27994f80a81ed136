# molt-capabilities: fs.read
import os

print(os.path.splitext("a.txt"))
print("[denied next]")
os.rename("a.txt", "b.txt")
