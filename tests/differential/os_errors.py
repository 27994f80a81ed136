import os

def show(f, *a):
    try:
        f(*a)
    except OSError as e:
        print(type(e).__name__, e.args, e.errno, repr(e.strerror), repr(e.filename))
        print("  ", e)
        print("  ", repr(e))

show(os.listdir, "no_such_dir_here")
show(os.remove, "no_such_file_here")
show(os.rmdir, "no_such_dir_here")
show(open, "no_such_file_here")
show(open, "no_such_dir/f.txt", "w")
with open("tmp_oserr.txt", "w") as f:
    f.write("x")
show(os.listdir, "tmp_oserr.txt")
show(open, "tmp_oserr.txt/child")
show(open, "tmp_oserr.txt", "x")
os.remove("tmp_oserr.txt")
print(issubclass(FileNotFoundError, OSError), OSError is IOError, OSError is EnvironmentError)
e = OSError("plain")
print(e, e.errno, e.filename)
