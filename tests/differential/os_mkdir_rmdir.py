import os

d = "tmp_os_mkdir"
print(os.path.exists(d), os.path.isdir(d))
os.mkdir(d)
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
os.makedirs(os.path.join(d, "x", "y"))
os.makedirs(os.path.join(d, "x", "y"), exist_ok=True)
try:
    os.makedirs(os.path.join(d, "x"))
except FileExistsError as e:
    print(e)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e)
os.rmdir(os.path.join(d, "x", "y"))
os.rmdir(os.path.join(d, "x"))
os.rmdir(d)
try:
    os.rmdir(d)
except FileNotFoundError as e:
    print(e)
print(os.path.exists(d))
