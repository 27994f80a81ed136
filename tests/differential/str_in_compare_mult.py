print("ell" in "hello", "" in "abc", "abc" in "ab", "x" not in "abc")
print("a" < "b", "abc" < "abd", "abc" < "abcd", "B" < "a", "Z" > "z")
print("abc" == "abc", "abc" != "ABC", "" < "a", "10" < "9")
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9", ""]))
print(max("hello"), min("hello"), max(["b", "ab", "abc"]))
print("ab" * 3, 3 * "xy", "a" * 0, repr("a" * -2), "-" * 10)
print("abc" + "def", "a" + "" + "b")
s = ""
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
t = "abc"
print(t is not None, "a" * 3 == "aaa")
print(str(1) + str(2.5) + str(None) + str(True) + str([1]))
