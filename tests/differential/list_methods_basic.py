lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
print(lst)
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
lst.insert(-100, "very first")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst)
lst.remove("a")
print(lst)
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count(7))
c = lst.copy()
c.append("copy only")
print(len(lst), len(c))
lst.reverse()
print(lst)
lst.clear()
print(lst, len(lst))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ["a"].index("b")
except ValueError as e:
    print(type(e).__name__, e)
print(lst.append(1), [5, 6].reverse())
