import sys
try:
    sys.stdout.write("x" * 100000)
    sys.stdout.flush()
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError), file=sys.stderr)
try:
    print("y", flush=True)
except OSError as e:
    print("again", e.errno, e.strerror, file=sys.stderr)
sys.stderr.write("done\n")
