# molt-capabilities: fs.read
import os

print(os.path.exists("out.txt"))
print("[denied next]")
with open("out.txt", "w") as f:
    f.write("data")
os.remove("out.txt")
