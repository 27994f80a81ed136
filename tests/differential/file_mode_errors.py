for mode in ["z", "rw", "rbt", "", "rr", "r+b+", "ab+x", "U"]:
    try:
        open("whatever.txt", mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
for kw in [dict(encoding="utf-8"), dict(errors="strict"), dict(newline="")]:
    try:
        open("whatever.txt", "rb", **kw)
    except ValueError as e:
        print(kw, "ValueError:", e)
with open("tmp_mode_errors.txt", "w") as f:
    f.write("x")
try:
    open("tmp_mode_errors.txt", "r", buffering=0)
except ValueError as e:
    print("ValueError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    open("whatever.txt", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    open("tmp_mode_errors.txt", encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    open("whatever.txt", "r", buffering=0)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
import os
os.remove("tmp_mode_errors.txt")
