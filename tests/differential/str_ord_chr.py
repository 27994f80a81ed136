for ch in "AZaz09 ~\n":
    print(repr(ch), ord(ch))
for n in [65, 97, 48, 32, 126, 10, 255, 256, 0x263A, 0x1F600, 0]:
    print(n, repr(chr(n)))
shift = ""
for ch in "Hello":
    shift += chr(ord(ch) + 1)
print(shift)
alpha = ""
for i in range(26):
    alpha += chr(ord("a") + i)
print(alpha, len(alpha))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(chr(ord("中") + 1), ord(chr(1114111)))
