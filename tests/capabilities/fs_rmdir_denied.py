# molt-capabilities: fs.read
import os

print(os.path.basename("/x/d"))
print("[denied next]")
os.rmdir("d")
