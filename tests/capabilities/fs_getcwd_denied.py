# molt-capabilities: fs.write
import os

print("[denied next]")
print(os.getcwd())
