import sys
print(len(sys.argv))
print(type(sys.argv).__name__, isinstance(sys.argv[0], str))
print(sys.argv[1:])
