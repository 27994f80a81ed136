class Halt(Exception):
    pass

def step(n):
    print("step", n)
    if n == 3:
        raise Halt
    step(n + 1)

step(1)
