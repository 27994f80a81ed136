import importlib
import sys

m = importlib.import_module("math")
print(m.sqrt(16), "math" in sys.modules)
s = importlib.import_module("pkg.sub")
print(s.VALUE, s is sys.modules["pkg.sub"])
r = importlib.import_module(".sub", package="pkg")
print(r is s)
top = __import__("pkg.sub")
print(top.__name__, __import__("pkg.sub", fromlist=["x"]).__name__)
try:
    importlib.import_module("definitely_missing_mod")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.import_module(".sub")
except TypeError as e:
    print("TypeError:", e)
