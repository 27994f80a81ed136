s = "0123456789"
cases = [(None, None, -1), (8, 2, -2), (-1, -5, -1), (2, 8, -1), (None, 5, -1), (5, None, -1),
         (100, None, -3), (None, -100, -2), (-3, None, None), (3, -3, None), (None, None, 4)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(sl, repr(s[sl]), sl.indices(len(s)))
lst = list(range(10))
print(lst[::-3], lst[-2::-2], lst[7:-8:-1])
t = tuple(range(5))
print(t[::-1], t[3:0:-1], t[-1:-6:-2])
print("hello"[::-1], "hello"[4:0:-2], "hello"[-2:-6:-1])
b = b"abcdef"
print(b[::-2], b[4:1:-1])
x = list("abcdefgh")
x[::-3] = ["1", "2", "3"]
print(x)
del x[::-2]
print(x)
