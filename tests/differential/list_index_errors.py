lst = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4, 100]:
    try:
        print(i, lst[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    lst[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
empty = []
try:
    empty[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(empty[-1])
except LookupError as e:
    print("LookupError caught", type(e).__name__)
print(lst[1:100], lst[100:], lst[-100:1])
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[None]
except TypeError as e:
    print(type(e).__name__, e)
print(lst[True], lst[-True])
