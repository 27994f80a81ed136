# molt-capabilities: fs.read
import os

print(os.path.isdir("newdir"))
print("[denied next]")
os.mkdir("newdir")
