import os.path
from os.path import join, exists
from os import path, sep
import os as operating_system

print(join("x", "y"), path.join("p", "q"), sep)
print(os.path is path, operating_system.path is os.path)
print(exists("definitely_missing_file_xyz"))
import sys
print("os" in sys.modules, "os.path" in sys.modules)
