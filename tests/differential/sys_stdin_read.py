import sys

print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
