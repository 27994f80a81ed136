import os

cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.isdir(cwd))
print(os.path.abspath("x") == os.path.join(cwd, "x"))
print(os.path.abspath("a/../b") == os.path.join(cwd, "b"))
print(os.path.exists(cwd), os.path.basename(os.path.join(cwd, "f.py")))
