import sys
try:
    for i in range(200000):
        print("line", i)
except BrokenPipeError as e:
    print("caught", e, file=sys.stderr)
print("after")
