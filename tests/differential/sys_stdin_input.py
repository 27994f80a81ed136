import sys

name = input("name? ")
print("hi", repr(name))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("iter", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read(5)), repr(sys.stdin.buffer.read(0)))
rest = sys.stdin.readlines()
print(rest)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
