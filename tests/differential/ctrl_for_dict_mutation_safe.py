d = {"a": 1, "b": 2, "c": 3, "d": 4}
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
for k in list(d.keys()):
    d[k + k] = d[k] * 10
print(d)
lst = [1, 2, 3, 4, 5, 6]
for x in lst[:]:
    if x % 3 == 0:
        lst.remove(x)
print(lst)
lst2 = [1, 2, 3]
for x in lst2:
    if x < 3:
        lst2.append(x + 10)
print(lst2)
i = 0
items = ["a", "b", "c"]
for item in items:
    i += 1
    if i == 1:
        items[2] = "C"
    print(item)
n = 5
for i in range(n):
    n = 2
    print("range fixed at creation:", i)
s = "abc"
for ch in s:
    s = "zzzzzz"
    print(ch, end=" ")
print()
