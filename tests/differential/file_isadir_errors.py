import os

os.mkdir("tmp_adir")
for mode in ["r", "w", "rb"]:
    try:
        open("tmp_adir", mode)
    except IsADirectoryError as e:
        print(mode, type(e).__name__, e)
try:
    open("tmp_adir/missing/x.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror)
os.rmdir("tmp_adir")
