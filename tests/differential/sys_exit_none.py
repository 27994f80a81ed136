import sys

print("clean")
sys.exit(None)
print("unreachable")
