# bit_count, is_integer, as_integer_ratio, conjugate and the numeric attributes of int.

for n in [0, 1, -1, 7, -8, 2**100 - 1, -(2**65)]:
    print(n.bit_count(), n.bit_length(), n.is_integer(), n.as_integer_ratio(),
          n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(True.as_integer_ratio(), type(True.as_integer_ratio()[0]).__name__)
print(True.bit_count(), False.is_integer())
class MyInt(int): pass
r = MyInt(6).as_integer_ratio()
print(r, type(r[0]).__name__)
print((5).__floor__(), (5).__ceil__(), (5).__trunc__(), (5).__round__())
try:
    (5).bit_count(1)
except TypeError as e:
    print('TypeError', e)
