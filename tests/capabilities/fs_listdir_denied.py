# molt-capabilities: fs.write
import os

os.mkdir("d")
print("made d")
print("[denied next]")
print(os.listdir("d"))
