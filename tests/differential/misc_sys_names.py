import sys
f = sys.flags
print(f.debug, f.optimize, f.hash_randomization, f.dev_mode, f.safe_path, f.int_max_str_digits, f.verbose)
print(type(f).__name__, isinstance(f, tuple), len(f), f[0], f.isolated)
h = sys.hash_info
print(h)
print(h.modulus == 2**61 - 1, hash(float("inf")) == h.inf, h.width, len(h))
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, sys.prefix == sys.base_prefix)
x = object()
r = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - r)
del y
print(sys.getrefcount(x) - r)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
for bad in [5, -1, "x"]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.flags.debug = 1
except AttributeError as e:
    print("AttributeError")
