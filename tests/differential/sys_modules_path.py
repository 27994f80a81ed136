import sys
import math

print(type(sys.modules).__name__, "sys" in sys.modules, "math" in sys.modules, "builtins" in sys.modules)
print(sys.modules["math"] is math, sys.modules["sys"] is sys)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(isinstance(sys.executable, str), type(sys.argv).__name__)
print("math" in sys.builtin_module_names or True)
print(sys.intern("hello") == "hello")
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
