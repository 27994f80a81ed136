import sys

v = sys.version_info
print(v)
print(v.major, v.minor, v[0], v[:2], len(v), v >= (3, 12), v < (4,))
print(tuple(v), type(v).__name__, isinstance(v, tuple))
print(v.releaselevel, v.serial, sys.version.startswith("3.12"))
print(sys.hexversion >= 0x030C0000)
major, minor, *_ = v
print(major, minor)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
print(sys.implementation.name in ("cpython", "molt"), sys.implementation.cache_tag is None or True)
print(sys.implementation.version[:2])
