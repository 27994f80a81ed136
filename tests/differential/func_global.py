total = 0
names = []

def bump(n):
    global total
    total += n
    return total

def register(name):
    names.append(name)

def rebind():
    global names
    names = ["fresh"]

def read_only():
    return total * 2

print(bump(5), bump(7))
print(total, read_only())
register("a")
register("b")
print(names)
rebind()
print(names)

def create_global():
    global created
    created = "I exist"

create_global()
print(created)

x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)

def use_before_local():
    try:
        print(y_local)
    except NameError as e:
        print(type(e).__name__, e)
use_before_local()

def unbound():
    try:
        v = x
        x = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()

counter = 0
def tick():
    global counter
    for _ in range(10):
        counter += 1
tick(); tick()
print(counter)
