# molt-capabilities: fs.write
import os

os.makedirs("tree/leaf", exist_ok=True)
print("tree made")
print("[denied next]")
for root, dirs, files in os.walk("tree"):
    print(root)
