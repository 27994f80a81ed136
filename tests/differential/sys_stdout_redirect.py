import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


original = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
print("more", end="")
sys.stdout = original
print("back", cap.parts)
print("".join(cap.parts))

with open("tmp_redirect.txt", "w") as f:
    sys.stdout = f
    print("into the file")
    sys.stdout = sys.__stdout__
with open("tmp_redirect.txt") as f:
    print(repr(f.read()))
import os
os.remove("tmp_redirect.txt")
sys.stdout = None
print("lost")
sys.stdout = original
print("done", sys.stdout is sys.__stdout__)
