class Noisy:
    def __del__(self):
        raise ValueError("boom in del")
def f():
    n = Noisy()
    return 1
try:
    print(f())
except Exception as e:
    print("not reached", e)
class Pending:
    def __del__(self):
        print("del while handling")
try:
    p = Pending()
    raise KeyError("k")
except KeyError as e:
    del p
    print("caught", repr(e))
import sys
print("done")
