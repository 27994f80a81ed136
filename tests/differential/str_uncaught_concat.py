def describe(items):
    parts = []
    for name, qty in items:
        parts.append(name + ": " + str(qty))
    return "; ".join(parts)

print(describe([("apples", 3), ("pears", 0)]))
try:
    print("total " + 5)
except TypeError as e:
    print("caught:", e)
try:
    print(5 + "total")
except TypeError as e:
    print("caught:", e)
label = "count"
value = 7
print(label + " = " + value)
