# molt-capabilities: fs.read
import os

print(os.path.isfile("victim.txt"))
print("[denied next]")
os.remove("victim.txt")
