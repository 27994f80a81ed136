x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
y = 7
y /= 2; print(y)
lst = [1, 2, 3]
lst[1] += 10
print(lst)
d = {"a": 1}
d["a"] *= 7
print(d)
n = 2 ** 62
n += n
print(n)
n *= n
print(n)
m = -(2 ** 63)
m -= 1
print(m)
print(-m - 1 == 2 ** 63)
print(+5, -(-5), +-5, --5)
