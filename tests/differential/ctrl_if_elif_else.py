def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 9, 10, 99, 100, 12345]:
    print(v, classify(v))

def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    return g

print(grade(95), grade(85), grade(75), grade(10))

x = 7
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "":
    print("never")
else:
    print("empty string is falsy")
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if None is None and x == 7:
    print("both")
if 0 or "":
    print("never 2")
elif [0]:
    print("non-empty list with falsy element is truthy")
