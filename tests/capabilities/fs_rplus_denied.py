# molt-capabilities: fs.write
import os

with open("data.txt", "w") as f:
    f.write("abc")
print("created")
print("[denied next]")
with open("data.txt", "r+") as f:
    f.write("x")
