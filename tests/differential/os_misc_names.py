import os
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
n = os.cpu_count()
print(n is None or n >= 1)
print(os.strerror(2), os.strerror(13), os.strerror(32))
print(os.error is OSError)
print(os.fsencode("abc/é"), os.fsdecode(b"abc/\xc3\xa9"), os.fsencode(b"x"), os.fsdecode("y"))
print(os.isatty(987), os.isatty(-1))
os.mkdir("sub")
here = os.getcwd()
os.chdir("sub")
print(os.getcwd() == os.path.join(here, "sub"))
os.chdir("..")
print(os.getcwd() == here)
os.rmdir("sub")
try:
    os.chdir("nope")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.strerror("x")
except TypeError as e:
    print(e)
try:
    os.fsencode(3)
except TypeError as e:
    print(e)
