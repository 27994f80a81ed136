import os

name = "tmp_stat.txt"
with open(name, "w") as f:
    f.write("12345")
st = os.stat(name)
print(type(st).__name__, len(st), st.st_size, st[6], isinstance(st, tuple))
print(oct(st.st_mode & 0o170000), st.st_nlink, st.st_uid == os.stat(".").st_uid)
print(type(st.st_mtime).__name__, type(st[8]).__name__, int(st.st_mtime) == st[8])
print(st.st_atime_ns > 0, st.st_ctime >= 0)
print(st.st_mtime_ns // 1_000_000_000 == st[8], st.st_blksize > 0)
print(os.path.getmtime(name) == st.st_mtime, os.path.getsize(name))
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).endswith(")"))
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink)
d = os.stat(".")
print(oct(d.st_mode & 0o170000))
print(os.lstat(name).st_size, os.path.islink(name))
try:
    os.stat("tmp_stat_missing")
except FileNotFoundError as e:
    print(e)
os.remove(name)
