x = 5
print(1 < x < 10)
print(1 < x > 3)
print(10 > x >= 5 > 4)
print(1 < x < 3)
print(x == 5 == 5.0)
print(1 <= 1 < 2 <= 2)
print(3 > 2 > 1 > 0 > -1)
print(1 < 2 > 1 < 3)
print("a" < "b" < "c")
print([1] < [1, 2] < [2])

def v(n, label):
    print("eval", label)
    return n

print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(5, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") > v(3, "c"))

a = [1, 2]
b = a
print(a is b is not None)
print(2 in a in [a, [3]])
print(3 not in a == False)
print(0 == False != True)
print(1 == 1.0 == True)
for y in range(-1, 4):
    print(y, 0 <= y < 3)
