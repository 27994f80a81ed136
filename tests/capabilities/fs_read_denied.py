# molt-capabilities: fs.write
import os

with open("cap_data.txt", "w") as f:
    f.write("hello\n")
print("wrote", os.sep)
print("[denied next]")
with open("cap_data.txt") as f:
    print(f.read())
os.remove("cap_data.txt")
