s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[2:10:3], s[10:2:-3], s[::5])
try:
    s[12]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
word = "racecar"
print(word == word[::-1], "abc"[::-1] == "cba")
print(s[True], s[False:True + 2])
e = ""
print(repr(e[:]), repr(e[::-1]), len(e))
