print("before")
def f():
    raise KeyboardInterrupt
f()
