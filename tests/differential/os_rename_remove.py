import os

with open("tmp_rr_a.txt", "w") as f:
    f.write("payload")
os.rename("tmp_rr_a.txt", "tmp_rr_b.txt")
print(os.path.exists("tmp_rr_a.txt"), os.path.exists("tmp_rr_b.txt"))
with open("tmp_rr_b.txt") as f:
    print(f.read())
print(os.path.getsize("tmp_rr_b.txt"))
try:
    os.rename("tmp_rr_a.txt", "tmp_rr_c.txt")
except FileNotFoundError as e:
    print(e)
    print(e.filename, e.filename2)
os.replace("tmp_rr_b.txt", "tmp_rr_c.txt")
os.remove("tmp_rr_c.txt")
try:
    os.remove("tmp_rr_c.txt")
except FileNotFoundError as e:
    print(e)
os.mkdir("tmp_rr_dir")
try:
    os.remove("tmp_rr_dir")
except IsADirectoryError as e:
    print(type(e).__name__, e)
os.unlink  # exists
os.rmdir("tmp_rr_dir")
