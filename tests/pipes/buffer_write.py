import sys
try:
    sys.stdout.buffer.write(b"z" * 70000)
    sys.stdout.buffer.flush()
except BrokenPipeError as e:
    print("caught", e, file=sys.stderr)
sys.stdout.flush()
