def risky():
    return [1, 2, 3][10]

try:
    risky()
except IndexError as e:
    print("handling", type(e).__name__, e)
    cleanup = None
    cleanup.close()
