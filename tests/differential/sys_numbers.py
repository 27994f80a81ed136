import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.mant_dig)
print(sys.float_info.dig, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.byteorder, sys.platform, sys.float_repr_style)
print(1.0 + sys.float_info.epsilon > 1.0)
